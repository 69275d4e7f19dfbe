import { MesaError } from '../../../shared/errors';

// CR and LF end a header line: one in a value lets whoever wrote it add headers (Bcc:, a second
// body…). Mesa refuses such a value outright instead of cleaning it, so nothing slips through a
// "fix". NUL and the Unicode line separators are refused with them.
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\r\n\u0000\u0085\u2028\u2029]/;

export function assertHeaderSafe(field: string, value: string): void {
  if (LINE_BREAKING.test(value)) throw new MesaError('mail.header_injection', { field });
}

const ADDRESS = /^[^\s@<>,;:"()[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}$/;

/** One plain recipient address: no display name, no list, no group syntax. */
export function assertSingleAddress(field: string, value: string): void {
  assertHeaderSafe(field, value);
  if (!ADDRESS.test(value)) throw new MesaError('mail.header_injection', { field });
}
