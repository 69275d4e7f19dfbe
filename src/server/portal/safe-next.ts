/**
 * Where the portal may send a requester after signing in: only its own pages, as a same-origin
 * relative path under `/portal/`. Anything else (absolute URLs, `//host`, `/\host`, schemes,
 * control characters, encoded tricks, other paths of the server) is refused: no open redirect.
 */
export const DEFAULT_NEXT = '/portal/requests';

const SAFE_PATH = /^\/portal(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?(?:\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?$/;

export function isSafeNext(next: string): boolean {
  if (next.length > 500 || !SAFE_PATH.test(next)) return false;
  if (next.startsWith('//') || next.includes('\\')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return false;
  }
  // Decoding must not reveal another origin, a parent step out of /portal or control characters.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.includes('//') || /(^|\/)\.\.(\/|$)/.test(decoded))
    return false;
  const url = new URL(next, 'http://portal.invalid');
  return url.origin === 'http://portal.invalid' && url.pathname.startsWith('/portal');
}

/** The requested `next`, or the default when absent; null when it was given and is unsafe. */
export function checkedNext(next: string | null | undefined): string | null {
  if (next === null || next === undefined || next === '') return DEFAULT_NEXT;
  return isSafeNext(next) ? next : null;
}
