import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures');

/** A MIME fixture with its {{PLACEHOLDERS}} filled (ticket number, Message-IDs known only at run time). */
export function fixture(name: string, values: Record<string, string> = {}): Buffer {
  let raw = readFileSync(path.join(DIR, name)).toString('latin1');
  for (const [key, value] of Object.entries(values)) raw = raw.replaceAll(`{{${key}}}`, value);
  return Buffer.from(raw, 'latin1');
}
