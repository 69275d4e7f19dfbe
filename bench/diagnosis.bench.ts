/**
 * `npm run bench -- diagnosis`: the first-line workflow's interactive paths over a 100k-ticket desk.
 *   diagnosis.suggest    one `diagnosis.suggest` bridge call per keystroke while typing realistic titles
 *                        (similar resolved tickets from the FTS index + resolutions, known errors, checklists)
 *   diagnosis.step_paint checklist answer key → next step rendered and laid out (style + layout forced), i.e. the
 *                        main-thread work before the frame can be painted, in Chromium (browser host, build)
 *   diagnosis.step_frame the same until the next frame has been presented (adds the wait for vsync, ≤ 16.7 ms)
 * Figures only (JSON lines); targets in docs/performance.md.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startBrowserHost, type BrowserHost } from '../src/main/host/browser-host';
import { createFrozenClock } from '../src/main/services/clock';
import { readMeta, writeMeta } from '../src/main/store/queries';
import { seedWorkflowDemo } from '../src/main/workflow/seed-workflow-demo';
import { newId } from '../src/shared/domain/ids';
import { printDistribution, printValue, timeMs } from './bench-stats';
import { BENCH_DATA_DIR, BENCH_NOW, openBenchStore, openMigrated } from './store-bench-data';

const SPEC = { seed: 20261126, ticketCount: 100_000 };
const RUNS = 30;

/** What agents type, with the category they pick (null: not chosen yet). */
const TYPED: ReadonlyArray<{ text: string; categoryId: string | null }> = [
  { text: 'La impresora del piso 3 no imprime', categoryId: 'cat-hw-printer' },
  { text: 'No puedo conectarme a la VPN desde casa', categoryId: null },
  { text: 'Outlook no sincroniza el correo', categoryId: 'cat-mail-outlook' },
  { text: 'Printer jams on every page', categoryId: null },
  { text: 'Cannot log in after password change', categoryId: 'cat-acc-password' },
  { text: 'El equipo está muy lento al iniciar', categoryId: null },
];

/** The shared 100k store copied once and given checklists, macros and past resolutions. */
async function diagnosisStore(): Promise<string> {
  const file = join(BENCH_DATA_DIR, `diagnosis-${SPEC.seed}-${SPEC.ticketCount}.db`);
  const tag = JSON.stringify({ ...SPEC, workflow: 1 });
  if (existsSync(file)) {
    const store = await openMigrated(file);
    const ok = (await readMeta(store.db, 'bench.diagnosis')) === tag;
    await store.close();
    if (ok) return file;
  }
  const { store: source } = await openBenchStore(SPEC);
  source.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const sourceFile = source.sqlite.name;
  await source.close();
  copyFileSync(sourceFile, file);
  const store = await openMigrated(file);
  await seedWorkflowDemo(store, { seed: SPEC.seed, now: BENCH_NOW });
  await writeMeta(store.db, 'bench.diagnosis', tag);
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return file;
}

async function call<T>(host: BrowserHost, method: string, input: unknown): Promise<T> {
  const result = await host.services.registry.dispatch(method, input, { transport: 'test' });
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function measureSuggest(host: BrowserHost): Promise<void> {
  const samples: number[] = [];
  let withSimilar = 0;
  for (const warm of TYPED.slice(0, 2)) await call(host, 'diagnosis.suggest', { text: warm.text, categoryId: warm.categoryId });
  for (const { text, categoryId } of TYPED) {
    for (let i = 1; i <= text.length; i++) {
      let result: { similar: unknown[] } = { similar: [] };
      samples.push(await timeMs(async () => (result = await call(host, 'diagnosis.suggest', { text: text.slice(0, i), categoryId }))));
      if (result.similar.length > 0) withSimilar += 1;
    }
  }
  printDistribution('diagnosis.suggest', samples);
  printValue('diagnosis.suggest_with_similar', 'keystrokes', withSimilar);
}

// Keydown on the runner → the step id changed (React renders discrete events synchronously) → forced
// style and layout: \`work\`. Then the next animation frame and a task after it (painted): \`frame\`.
// Plain string: tsx helpers do not exist in the page.
const STEP_SCRIPT = `(key) => new Promise((resolve) => {
  const runner = document.querySelector('[data-testid="checklist-runner"]');
  const current = () => document.querySelector('[data-testid="checklist-step"]')?.getAttribute('data-step-id')
    ?? document.querySelector('[data-testid="checklist-outcome"]')?.getAttribute('data-outcome');
  const before = current();
  const start = performance.now();
  runner.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const check = () => {
    if (current() === before) return requestAnimationFrame(check);
    document.body.getBoundingClientRect();
    const work = performance.now() - start;
    requestAnimationFrame(() => setTimeout(() => resolve({ work, frame: performance.now() - start }), 0));
  };
  check();
})`;

/** Printer path with four transitions: panel ok → everyone → ping fails → cable ok → outcome. */
const PATH = ['y', '2', 'n', 'y'];

async function measureStepPaint(page: Page): Promise<{ work: number[]; frame: number[] }> {
  const samples = { work: [] as number[], frame: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    await page.locator('[data-testid="checklist-start"][data-template-id="chk-printer"]').click();
    await page.getByTestId('checklist-step').waitFor();
    for (const key of PATH) {
      const { work, frame } = await page.evaluate<{ work: number; frame: number }>(`(${STEP_SCRIPT})(${JSON.stringify(key)})`);
      samples.work.push(work);
      samples.frame.push(frame);
    }
    await page.getByTestId('checklist-outcome').waitFor();
    await page.getByTestId('checklist-pause').click();
  }
  return samples;
}

export async function run(): Promise<void> {
  const databaseFile = await diagnosisStore();
  const host = await startBrowserHost({
    databaseFile,
    renderer: 'dist',
    clock: createFrozenClock(BENCH_NOW),
    validateOutput: false,
    log: () => {},
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    await measureSuggest(host);
    const title = `Impresora bench ${newId().slice(-6)}`;
    const [requester] = await call<Array<{ id: string; areaId: string | null }>>(host, 'requesters.search', { query: '', organizationId: 'org-andina' });
    await call(host, 'mutation.apply', {
      name: 'ticket.create',
      args: {
        id: newId(),
        type: 'incident',
        title,
        description: 'bench',
        requesterId: requester!.id,
        organizationId: 'org-andina',
        areaId: requester!.areaId,
        channel: 'phone',
        categoryId: 'cat-hw-printer',
        impact: 'medium',
        urgency: 'medium',
      },
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('queue-row').first().waitFor();
    await page.getByTestId('search-input').fill(title);
    await page.getByTestId('search-result').first().click();
    await page.getByTestId('checklist-panel').waitFor();
    const steps = await measureStepPaint(page);
    printDistribution('diagnosis.step_paint', steps.work);
    printDistribution('diagnosis.step_frame', steps.frame);
  } finally {
    await browser.close();
    await host.close();
  }
}
