/**
 * Cheap bounds checked on the raw bytes before the MIME parser runs, so a hostile message cannot
 * make it build a huge or deeply nested tree: one linear pass over the lines, no decoding.
 */
export interface MimeShape {
  /** Most multipart containers open at once (a conservative bound on the nesting depth). */
  depth: number;
  /** Boundary delimiter lines seen: the number of MIME parts. */
  parts: number;
}

const BOUNDARY_PARAM = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;

export function measureMimeShape(raw: Buffer): MimeShape {
  // latin1 maps bytes 1:1, so no input can make the decoding itself fail or grow.
  const text = raw.toString('latin1');
  const open: string[] = [];
  let depth = 0;
  let parts = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('--')) {
      const trimmed = line.trimEnd();
      const closing = trimmed.endsWith('--') ? trimmed.slice(2, -2) : null;
      if (closing !== null && open.includes(closing)) {
        open.length = open.lastIndexOf(closing);
        continue;
      }
      if (open.includes(trimmed.slice(2))) parts += 1;
      continue;
    }
    if (!/boundary/i.test(line)) continue;
    for (const match of line.matchAll(BOUNDARY_PARAM)) {
      const boundary = match[1] ?? match[2];
      if (!boundary) continue;
      open.push(boundary);
      depth = Math.max(depth, open.length);
    }
  }
  return { depth, parts };
}

export type LimitViolation = 'too_large' | 'too_deep' | 'too_many_parts';

export function checkMimeLimits(
  raw: Buffer,
  limits: { maxMessageBytes: number; maxMimeDepth: number; maxMimeParts: number },
): LimitViolation | null {
  if (raw.length > limits.maxMessageBytes) return 'too_large';
  const shape = measureMimeShape(raw);
  if (shape.depth > limits.maxMimeDepth) return 'too_deep';
  if (shape.parts > limits.maxMimeParts) return 'too_many_parts';
  return null;
}
