/**
 * Benchmark dispatcher: `npm run bench -- <name>` runs bench/<name>.bench.ts.
 * Benchmarks print JSON lines (one figure each) and assert nothing.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();

const names = process.argv.slice(2);
const unknown = names.filter((n) => !available.includes(n));
if (names.length === 0 || unknown.length > 0) {
  if (unknown.length > 0) console.error(`unknown benchmark: ${unknown.join(', ')}`);
  console.error(`usage: npm run bench -- <name…>\navailable: ${available.join(', ')}`);
  process.exit(1);
}
for (const name of names) {
  const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { run(): Promise<void> };
  await module.run();
}
