/** Reads the binary PPM (P6) pdftoppm writes, and counts saturated ("coloured") pixels in a band. */
export interface Ppm {
  width: number;
  height: number;
  data: Buffer;
}

export function readPpm(buffer: Buffer): Ppm {
  const header = buffer.subarray(0, 64).toString('latin1');
  const match = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a P6 PPM');
  return { width: Number(match[1]), height: Number(match[2]), data: buffer.subarray(match[0].length) };
}

export function coloredPixels(image: Ppm, band: { top: number; bottom: number }): number {
  let count = 0;
  const from = Math.floor(image.height * band.top);
  const to = Math.floor(image.height * band.bottom);
  for (let y = from; y < to; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 3;
      const r = image.data[i]!, g = image.data[i + 1]!, b = image.data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
  }
  return count;
}
