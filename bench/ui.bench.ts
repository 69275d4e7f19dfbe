/**
 * `npm run bench -- ui`: the real renderer (production build) in Debian's Chromium against the
 * browser host serving a 100k-ticket store. Figures, not assertions:
 *   ui.first_paint          navigation start → first queue row painted (ms)
 *   ui.filter_repaint       filter change → the new rows painted (ms)
 *   ui.scroll_longest_task  longest main-thread task during a 5 s scroll (ms; upper bound from frame gaps)
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startBrowserHost } from '../src/main/host/browser-host';
import { createFrozenClock } from '../src/main/services/clock';
import { printDistribution, printValue } from './bench-stats';
import { BENCH_NOW, openBenchStore } from './store-bench-data';

const SPEC = { seed: 20261126, ticketCount: 100_000 };
const FIRST_PAINT_RUNS = 7;
const FILTER_RUNS = 20;

// Runs in the page before any app script: marks the frame in which the first row is painted.
const FIRST_ROW_PROBE = `
  window.__mesaFirstRowPaint = new Promise((resolve) => {
    const seen = () => document.querySelector('[data-testid="queue-row"]');
    const done = () => requestAnimationFrame(() => resolve(performance.now()));
    new MutationObserver((_, observer) => { if (seen()) { observer.disconnect(); done(); } })
      .observe(document, { childList: true, subtree: true });
  });
`;

async function measureFirstPaint(page: Page, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < FIRST_PAINT_RUNS; i++) {
    await page.goto(url);
    samples.push(await page.evaluate<number>('window.__mesaFirstRowPaint'));
  }
  return samples;
}

// In-page scripts are plain strings: tsx would otherwise inject helpers the page does not have.
const FILTER_TOGGLE_SCRIPT = `(previous) => new Promise((resolve) => {
  const input = document.querySelector('[data-testid="filter-priority-option"][data-value="P1"]');
  const total = document.querySelector('[data-testid="queue-total"]');
  const start = performance.now();
  const painted = () =>
    total.getAttribute('data-total') !== previous &&
    document.querySelector('[data-testid="queue-row"]') !== null &&
    document.querySelector('[data-testid="queue-row-placeholder"]') === null;
  const check = () => (painted() ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
  input.click();
  requestAnimationFrame(check);
})`;

const SCROLL_SCRIPT = `() => new Promise((resolve) => {
  const list = document.querySelector('[data-testid="queue-list"]');
  const longTasks = [];
  const observer = new PerformanceObserver((entries) => { for (const e of entries.getEntries()) longTasks.push(e.duration); });
  try { observer.observe({ type: 'longtask', buffered: false }); } catch { /* frame gaps still tell */ }
  const start = performance.now();
  let last = start;
  let longestFrameGap = 0;
  const step = (now) => {
    longestFrameGap = Math.max(longestFrameGap, now - last);
    last = now;
    list.scrollTop += list.clientHeight / 15;
    if (now - start < 5000) requestAnimationFrame(step);
    else {
      observer.disconnect();
      resolve({ longestFrameGap, longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks) });
    }
  };
  requestAnimationFrame(step);
})`;

/** Toggles the P1 priority filter on and off; each toggle waits for its rows to paint. */
async function measureFilterRepaint(page: Page): Promise<number[]> {
  await page.getByTestId('filter-priority').click();
  const samples: number[] = [];
  for (let i = 0; i < FILTER_RUNS; i++) {
    const before = await page.getByTestId('queue-total').getAttribute('data-total');
    samples.push(await page.evaluate(`(${FILTER_TOGGLE_SCRIPT})(${JSON.stringify(before)})`));
  }
  return samples;
}

/** Scrolls the queue for 5 s at ~4 screens a second; reports the longest gap between frames. */
async function measureScroll(page: Page): Promise<{ longestFrameGap: number; longTasks: number; longestTask: number }> {
  return page.evaluate(`(${SCROLL_SCRIPT})()`);
}

export async function run(): Promise<void> {
  const { store } = await openBenchStore(SPEC);
  const databaseFile = store.sqlite.name;
  await store.close();
  const host = await startBrowserHost({
    databaseFile,
    renderer: 'dist',
    clock: createFrozenClock(BENCH_NOW),
    validateOutput: false,
    log: () => {},
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(FIRST_ROW_PROBE);
    printDistribution('ui.first_paint', await measureFirstPaint(page, host.url));
    await page.getByTestId('queue-view-all_open').click();
    printValue('ui.queue_total_rows', 'rows', Number(await page.getByTestId('queue-total').getAttribute('data-total')));
    printDistribution('ui.filter_repaint', await measureFilterRepaint(page));
    await page.keyboard.press('Escape');
    const scroll = await measureScroll(page);
    console.log(
      JSON.stringify({
        name: 'ui.scroll_longest_task',
        unit: 'ms',
        value: Math.round(Math.max(scroll.longestTask, scroll.longestFrameGap) * 10) / 10,
        longTasksOver50ms: scroll.longTasks,
        note: 'upper bound: the longest gap between animation frames while scrolling',
      }),
    );
  } finally {
    await browser.close();
    await host.close();
  }
}
