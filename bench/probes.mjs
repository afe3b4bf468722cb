// What runs in the browser: the bench page's API (window.tandemBench) and timings in the app's page.
/* global window, document, location, performance, MutationObserver, setTimeout, clearTimeout -- functions passed to page.evaluate run in the browser */

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Opens bench.html and waits for window.tandemBench. */
export async function openBenchPage(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}bench.html`);
  await page.waitForFunction(() => window.tandemBench !== undefined, null, { timeout: 60_000 });
  return page;
}

/** Generates the dataset in the page, printing progress at each new table and at most every 5 s. */
export async function generate(page, divisor) {
  const counts = await page.evaluate((d) => window.tandemBench.scaleCounts(d), divisor);
  const expected = counts.clients + counts.projects + counts.timeEntries + counts.tasks + counts.timeBlocks + counts.expenses + counts.updateDrafts;
  const started = Date.now();
  let last = { table: '', at: 0 };
  await page.exposeFunction('benchProgress', ({ table, tableRows, totalRows }) => {
    const now = Date.now();
    if (table === last.table && now - last.at < 5_000) return;
    last = { table, at: now };
    const seconds = (now - started) / 1000;
    const share = Math.min(100, Math.round((100 * totalRows) / expected));
    console.log(`  [${String(share).padStart(3)}%] ${table.padEnd(12)} ${tableRows.toLocaleString('en')} rows · ${Math.round(totalRows / seconds).toLocaleString('en')} rows/s · ${Math.round(seconds)} s`);
  });
  const result = await page.evaluate((c) => window.tandemBench.loadScale(c, (p) => window.benchProgress(p)), counts);
  console.log(`  generated ${expected.toLocaleString('en')} rows in ${round(result.ms / 1000)} s (today = ${result.today})`);
  return { counts, ...result };
}

/** In the app's page: from `from` (ready), set the hash to `to` and time until `readyId` is ready. */
function timeNavigation({ from, to, readyId, timeoutMs }) {
  const waitReady = (id) =>
    new Promise((resolve, reject) => {
      const selector = `[data-screen="${id}"][data-ready="true"]`;
      const found = () => document.querySelector(selector);
      if (found()) return resolve({ at: performance.now(), element: found() });
      const observer = new MutationObserver(() => {
        if (!found()) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve({ at, element: found() });
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${selector} did not appear within ${timeoutMs} ms (after ${location.hash})`));
      }, timeoutMs);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    });
  return (async () => {
    location.hash = from.hash;
    await waitReady(from.id);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the previous screen settle
    const start = performance.now();
    const ready = waitReady(readyId);
    location.hash = to;
    const { at, element } = await ready;
    return { ms: at - start, title: element.querySelector('h1')?.textContent ?? '' };
  })();
}

/** Median of `runs` navigations to each screen, coming from Settings (or Today to reach Settings). */
export async function measureScreens(page, targets, options) {
  const screens = {};
  for (const { name, hash, readyId } of targets) {
    const from = readyId === 'settings' ? { id: 'today', hash: '#/today' } : { id: 'settings', hash: '#/settings' };
    const runs = [];
    for (let run = 0; run < options.screenRuns; run += 1) {
      const { ms, title } = await page.evaluate(timeNavigation, { from, to: hash, readyId, timeoutMs: options.readyTimeoutMs });
      if (/not found/i.test(title)) throw new Error(`${hash} shows "${title}"`);
      runs.push(round(ms));
    }
    screens[name] = { medianMs: round(median(runs)), runs, hash };
    console.log(`  ${name.padEnd(16)} ${String(screens[name].medianMs).padStart(8)} ms   runs ${runs.join(', ')}`);
  }
  return screens;
}

/** Navigation start to the 'tandem:ready:today' mark of the page's current document. */
export async function todayReadyMark(page, options) {
  const mark = await page.waitForFunction(() => performance.getEntriesByName('tandem:ready:today')[0]?.startTime, null, { timeout: options.readyTimeoutMs });
  return round(await mark.jsonValue());
}

/** Reloads on Today `runs` times (HTTP and code caches warm, as on a second launch). */
export async function measureColdStart(page, options) {
  const runs = [];
  for (let run = 0; run < options.coldRuns; run += 1) {
    await page.evaluate(() => {
      location.hash = '#/today';
    });
    await page.reload();
    runs.push(await todayReadyMark(page, options));
  }
  return { medianMs: round(median(runs)), runs };
}

/** Used JS heap after a forced garbage collection, through the DevTools protocol. */
export async function measureHeap(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  const bytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { bytes, mb: round(bytes / 1024 / 1024), browser: product };
}
