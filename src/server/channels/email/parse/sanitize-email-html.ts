import sanitizeHtml from 'sanitize-html';

/**
 * Incoming HTML is reduced to an allow-list before it is stored: formatting, tables, links and
 * images survive; scripts, styles sheets, forms, frames and event handlers do not. Links keep only
 * http(s)/mailto, images only `cid:` (inline parts, served by Mesa) unless remote images are
 * allowed. The result is still shown in a sandboxed iframe without scripts (defence in depth).
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'center',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];

const CSS_VALUE = [/^[#\w\s.,%()'"-]{0,100}$/];
const ALLOWED_STYLES = Object.fromEntries(
  [
    'color',
    'background-color',
    'font-family',
    'font-size',
    'font-style',
    'font-weight',
    'text-align',
    'text-decoration',
    'margin',
    'margin-left',
    'margin-right',
    'margin-top',
    'margin-bottom',
    'padding',
    'padding-left',
    'border',
    'border-left',
    'width',
    'vertical-align',
  ].map((property) => [property, CSS_VALUE]),
);

function options(allowRemoteImages: boolean): sanitizeHtml.IOptions {
  return {
    allowedTags: ALLOWED_TAGS,
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      '*': ['style', 'align', 'valign', 'dir', 'lang', 'title'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      font: ['color', 'face', 'size'],
      td: ['colspan', 'rowspan', 'width', 'bgcolor'],
      th: ['colspan', 'rowspan', 'width', 'bgcolor'],
      table: ['width', 'border', 'cellpadding', 'cellspacing', 'bgcolor'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: allowRemoteImages ? ['cid', 'https'] : ['cid'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowedStyles: { '*': ALLOWED_STYLES },
    // Links open outside the viewer and never tell the destination where they came from.
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' },
      }),
    },
  };
}

const withRemote = options(true);
const withoutRemote = options(false);

export function sanitizeEmailHtml(html: string, allowRemoteImages = false): string {
  return sanitizeHtml(html, allowRemoteImages ? withRemote : withoutRemote);
}
