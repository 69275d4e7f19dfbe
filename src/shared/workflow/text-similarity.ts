import { normalizeForMatch } from '../domain/category';

// Words that say nothing about the fault, in both languages; the rest are compared.
const STOPWORDS = new Set(
  (
    'the and for with not from that this have has was are but can cannot cant does doesnt dont when ' +
    'into after since our your their there them they then than its also any all please need help ' +
    'los las del por para con sin que una uno unos unas como pero esta este esto estos estas ' +
    'ese esa eso desde hasta cuando donde muy mas más tiene tengo puedo puede hay ser fue sus nos ' +
    'les mis ayuda favor necesito'
  )
    .split(' ')
    .map(normalizeForMatch),
);

/** Accent- and case-insensitive word set, without short and filler words. */
export function tokenize(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of normalizeForMatch(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 3 && !STOPWORDS.has(word)) tokens.add(word);
  }
  return tokens;
}

/** Jaccard overlap |A ∩ B| / |A ∪ B| in [0, 1]; 0 when either side has no words. */
export function tokenOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}
