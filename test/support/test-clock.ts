// The one test clock. Every unit, component and end-to-end test runs at this instant and in this
// zone; expected values are computed from it, never from the machine's clock. A run can move it
// with TANDEM_TEST_NOW (an ISO-8601 instant with its offset) and TANDEM_TEST_TZ (an IANA zone);
// `npm run test:sweep` does that for every instant in test/support/sweep-instants.json.

/** Wednesday 4 November 2026, 09:30 in Berlin: a weekday morning in a zone with daylight saving. */
export const DEFAULT_TEST_NOW = '2026-11-04T09:30:00+01:00';
export const DEFAULT_TEST_TZ = 'Europe/Berlin';

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function readInstant(value: string | undefined): string {
  const instant = value?.trim() || DEFAULT_TEST_NOW;
  if (!INSTANT_WITH_OFFSET.test(instant) || Number.isNaN(Date.parse(instant))) {
    throw new Error(`TANDEM_TEST_NOW must be an ISO-8601 instant with its offset, like ${DEFAULT_TEST_NOW}; got “${instant}”.`);
  }
  return instant;
}

function readZone(value: string | undefined): string {
  const zone = value?.trim() || DEFAULT_TEST_TZ;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`TANDEM_TEST_TZ must be an IANA time zone, like ${DEFAULT_TEST_TZ}; got “${zone}”.`);
  }
  return zone;
}

/** The instant as written (with its offset), for messages. */
export const TEST_NOW = readInstant(process.env.TANDEM_TEST_NOW);
export const TEST_NOW_MS = Date.parse(TEST_NOW);
export const TEST_TZ = readZone(process.env.TANDEM_TEST_TZ);

/** Where weeks start in Settings for this run (0 Sunday … 6 Saturday), or undefined for the app's default. */
export const TEST_WEEK_START = readWeekStart(process.env.TANDEM_TEST_WEEK_START);

function readWeekStart(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const day = Number(value);
  if (!Number.isInteger(day) || day < 0 || day > 6) throw new Error(`TANDEM_TEST_WEEK_START must be 0 (Sunday) … 6 (Saturday); got “${value}”.`);
  return day;
}

/** The one line each run prints. */
export function describeTestClock(): string {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: TEST_TZ,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'shortOffset',
  }).format(TEST_NOW_MS);
  const weekStart = TEST_WEEK_START === undefined ? '' : `, weeks start on day ${TEST_WEEK_START}`;
  return `[test clock] ${TEST_NOW} in ${TEST_TZ} (${local}${weekStart})`;
}

/** The local calendar day ('YYYY-MM-DD') of an instant in a zone (the test zone by default). */
export function dayKeyInZone(instantMs: number, zone: string = TEST_TZ): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instantMs);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The test clock's local day: "today" for the whole run. */
export const TEST_TODAY = dayKeyInZone(TEST_NOW_MS);

/** The day `offset` days after the test clock's today (negative: before). */
export function testDay(offset: number): string {
  const date = new Date(`${TEST_TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
