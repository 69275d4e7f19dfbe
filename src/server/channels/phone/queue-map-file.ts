import { readFile } from 'node:fs/promises';
import { QueueMapSchema, type QueueMap } from '../../../shared/telephony/queue-map';

/** Reads and checks a queue map file; a clear message names what is wrong. */
export async function readQueueMapFile(file: string): Promise<QueueMap> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`queue map ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = QueueMapSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`queue map ${file}: ${issues.join('; ')}`);
  }
  return parsed.data;
}
