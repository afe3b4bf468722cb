// The sync measures: devices syncing through PouchDB Server (the sync tests' server, on 127.0.0.1).
/* global window -- the arrow functions passed to evaluate() run in the browser */
import { performance } from 'node:perf_hooks';
import { startCouchServer } from '../test/support/couch-server.ts';
import { median, openBenchPage, round } from './probes.mjs';
import { emptyProfile, workingCopy } from './setup.mjs';

/** A bound on one change's trip, not its target: beyond it the sync is broken and so is the run. */
const CHANGE_BOUND_MS = 60_000;

/** Prints a page's sync progress at most every 5 s (the caller prints the end). */
async function printProgress(page, label) {
  const started = Date.now();
  let last = 0;
  await page.exposeFunction('benchSyncProgress', ({ done, total }) => {
    const now = Date.now();
    if (now - last < 5_000) return;
    last = now;
    const seconds = (now - started) / 1000;
    const share = total > 0 ? Math.min(100, Math.round((100 * done) / total)) : 100;
    console.log(`  [${String(share).padStart(3)}%] ${label} ${done.toLocaleString('en')} of ${total.toLocaleString('en')} documents · ${Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en')}/s · ${Math.round(seconds)} s`);
  });
}

/**
 * (1) Start syncing on a copy of the dataset and upload every record (timed as the first upload);
 * (2) the floor: the server's records bulkPut into an empty profile (read from the server outside
 * the timing); (3) the first sync of another empty profile, live as the app runs, until every record
 * is in Dexie; (4) both devices live, a change on the first timed until it is in the second's Dexie.
 * Each step in its own browser; only the two devices of (4) run at once.
 */
export async function measureSync(cache, url, { launch, options }) {
  const couch = await startCouchServer();
  const target = { url: couch.databaseUrl, username: couch.user.name, password: couch.user.password };
  const profiles = [];
  const contexts = [];
  const open = async (profile) => {
    profiles.push(profile);
    const context = await launch(profile.dir);
    contexts.push(context);
    return { context, page: await openBenchPage(context, url) };
  };
  try {
    const uploader = await open(workingCopy(cache, 'sync-upload'));
    await printProgress(uploader.page, 'uploaded');
    const upload = await uploader.page.evaluate((t) => window.tandemBench.syncUpload(t, (p) => window.benchSyncProgress(p)), target);
    await uploader.context.close();
    const info = await (await couch.request(`/${couch.database}`)).json();
    console.log(`First upload of ${upload.records.toLocaleString('en')} records: ${round(upload.ms)} ms (the server holds ${info.doc_count.toLocaleString('en')} documents)`);

    const floor = await open(emptyProfile('sync-floor'));
    const bulkPut = await floor.page.evaluate((t) => window.tandemBench.syncFloor(t), target);
    await floor.context.close();
    profiles.at(-1).remove();
    console.log(`Raw bulkPut of the same ${bulkPut.records.toLocaleString('en')} records into an empty profile: ${round(bulkPut.ms)} ms`);

    const device = await open(emptyProfile('sync-device'));
    await printProgress(device.page, 'pulled');
    const first = await device.page.evaluate(([t, expected]) => window.tandemBench.syncFirstPull(t, expected, (p) => window.benchSyncProgress(p)), [target, info.doc_count]);
    console.log(`First sync of ${first.records.toLocaleString('en')} records to an empty device: ${round(first.ms)} ms (all pulled into the local mirror at ${round(first.pulledMs ?? NaN)} ms; ${round(first.applyMs)} ms inside the apply path in ${first.applyBatches} batches)`);

    const edited = await open(profiles[0]);
    await edited.page.evaluate((t) => window.tandemBench.syncLive(t), target);
    const id = await edited.page.evaluate(() => window.tandemBench.syncEditableEntry());
    const runs = [];
    for (let run = 0; run < options.syncChangeRuns; run += 1) {
      const note = `Benchmark change ${run + 1}`;
      const arrived = device.page.evaluate(([entry, text, bound]) => window.tandemBench.syncAwaitNote(entry, text, bound), [id, note, CHANGE_BOUND_MS]);
      const started = performance.now();
      await edited.page.evaluate(([entry, text]) => window.tandemBench.syncEdit(entry, text), [id, note]);
      await arrived;
      runs.push(round(performance.now() - started));
    }
    console.log(`A change on one device in the other's database: runs ${runs.join(', ')} ms`);
    await Promise.all([device.page, edited.page].map((page) => page.evaluate(() => window.tandemBench.syncClose())));

    return {
      records: first.records,
      firstSyncMs: round(first.ms),
      rawBulkPutMs: round(bulkPut.ms),
      changeVisibleMs: round(median(runs)),
      firstUploadMs: round(upload.ms),
      firstSync: { pulledMs: first.pulledMs === null ? null : round(first.pulledMs), applyMs: round(first.applyMs), applyBatches: first.applyBatches },
      changeVisibleRuns: runs,
      note: `PouchDB Server on 127.0.0.1 (in memory). The first sync: an empty profile starts syncing live, timed until all ${first.records.toLocaleString('en')} records are in Dexie with their rollups and sync says synced; its floor: the same records bulkPut into another empty profile. A change: an entry's note edited on one device, timed until the other's Dexie has it (${options.syncChangeRuns} runs). One run of each.`,
    };
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    for (const profile of profiles) profile.remove();
    await couch.close();
  }
}
