// `npm run test:sweep`: the unit and end-to-end suites at every hostile instant of
// test/support/sweep-instants.json (TANDEM_TEST_NOW, TANDEM_TEST_TZ and, where given, TANDEM_TEST_WEEK_START).
//   --only a,b     just these instants (by name)
//   --pick N       N instants chosen by the current commit, so successive commits cover the whole list (CI)
//   --suites unit,e2e   which suites (default both)
//   --split        the chosen instants share each suite (Vitest's and Playwright's --shard): instant i of n runs
//                  the i-th nth of the test files, so n instants cost one full run (CI, to stay near 25 minutes)
//   --no-build     the web build in out/web is already current
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const instants = JSON.parse(readFileSync(new URL('../test/support/sweep-instants.json', import.meta.url), 'utf8'));

function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function pickByCommit(count) {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const start = Number.parseInt(head.slice(0, 8), 16) % instants.length;
  return Array.from({ length: Math.min(count, instants.length) }, (_, offset) => instants[(start + offset) % instants.length]);
}

function chosenInstants() {
  const only = option('--only');
  if (only) {
    const names = only.split(',');
    const unknown = names.filter((name) => !instants.some((instant) => instant.name === name));
    if (unknown.length > 0) throw new Error(`No sweep instant named ${unknown.join(', ')}`);
    return instants.filter((instant) => names.includes(instant.name));
  }
  const pick = option('--pick');
  return pick ? pickByCommit(Number(pick)) : instants;
}

const suites = (option('--suites') ?? 'unit,e2e').split(',');
const vitest = bin('vitest/vitest.mjs');
const playwright = bin('@playwright/test/cli.js');
const commands = {
  unit: [vitest, 'run', '--project', 'node', '--project', 'components', '--project', 'domain-second-zone'],
  e2e: [playwright, 'test'],
};

function run(args, env) {
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

if (suites.includes('e2e') && !process.argv.includes('--no-build')) {
  if (!run([bin('vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts'], {})) process.exit(1);
}

const chosen = chosenInstants();
const split = process.argv.includes('--split') && chosen.length > 1;
const results = [];
for (const [index, instant] of chosen.entries()) {
  const env = { TANDEM_TEST_NOW: instant.now, TANDEM_TEST_TZ: instant.tz, TANDEM_TEST_WEEK_START: instant.weekStart === undefined ? '' : String(instant.weekStart) };
  const share = split ? [`--shard=${index + 1}/${chosen.length}`] : [];
  for (const suite of suites) {
    const part = split ? ` (share ${index + 1} of ${chosen.length})` : '';
    console.log(`\n=== sweep: ${instant.name} (${instant.now} in ${instant.tz}) — ${suite}${part}: ${instant.why}`);
    results.push({ name: `${instant.name}${part}`, suite, passed: run([...commands[suite], ...share], env) });
  }
}

console.log('\n=== sweep results');
for (const result of results) console.log(`${result.passed ? 'pass' : 'FAIL'}  ${result.suite.padEnd(4)} ${result.name}`);
process.exit(results.every((result) => result.passed) ? 0 : 1);
