#!/usr/bin/env node
// CI security gate: runs @doyensec/electronegativity over src/ (or the directory given as the first
// argument) and exits 1 on any HIGH or MEDIUM finding, on any file the tool could not parse, and on any
// inline `eng-disable` that does not give its reason.
//
// Why the tool's runner is called directly instead of parsing `electronegativity -o report.csv`:
// - the CLI exits 0 whatever it finds, so its result has to be read, not its exit code;
// - its CSV writer issues the header and the rows as two concurrent fs.writeFile calls, so the header
//   can overwrite the first row or truncate the rows away (seen here: a file holding the header and
//   the tail of a row), and a lost row would read as a pass;
// - with -o it drops parse errors silently, so a file it cannot parse would pass unscanned.
// The runner (the package's documented main export) returns the same findings as objects. The CSV is
// still written, by this script, to .electronegativity/report.csv for CI to keep.
//
// Inline disables take the form  `// eng-disable CHECK_ID -- reason`  on the flagged line.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const input = resolve(projectRoot, process.argv[2] ?? 'src');
const reportDir = join(projectRoot, '.electronegativity');

const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm']);
// AvailableSecurityFixesGlobalCheck only reads the Electron version from a package.json (src/ has
// none) and downloads Electron's release list to do it: on an offline machine it can only time out.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const DISABLE_WITH_REASON = /eng-disable[ \t]+[A-Za-z0-9_]+(?:[ \t,]+[A-Za-z0-9_]+)*[ \t]+--[ \t]+\S.{9,}/;

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
    return SCANNED_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
  });
}

/** Every `eng-disable` line that does not say why, as "file:line: text". */
function disablesWithoutReason(files) {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        line.includes('eng-disable') && !DISABLE_WITH_REASON.test(line)
          ? [`${relative(projectRoot, file)}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

function csvField(value) {
  return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

function writeCsvReport(findings) {
  const header = 'issue,severity,confidence,filename,location,sample,description,url';
  const rows = findings.map((issue) =>
    [
      issue.id,
      issue.severity.name,
      issue.confidence.name,
      issue.file,
      `${issue.location.line}:${issue.location.column}`,
      issue.sample,
      issue.description,
      `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
    ]
      .map(csvField)
      .join(','),
  );
  mkdirSync(reportDir, { recursive: true });
  const reportPath = join(reportDir, 'report.csv');
  writeFileSync(reportPath, [header, ...rows].join('\n') + '\n');
  return reportPath;
}

function describe(issue) {
  const where = issue.file === 'N/A' ? '(whole input)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const review = issue.manualReview ? ' [manual review]' : '';
  const sample = issue.sample ? `\n      ${String(issue.sample).slice(0, 200)}` : '';
  return `  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}${review}\n      ${where} — ${issue.description}${sample}`;
}

async function main() {
  const files = listFiles(input);
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const run = require('@doyensec/electronegativity');

  const { issues, errors } = await run(
    {
      input,
      isRelative: true,
      isVerbose: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );

  const unparsed = errors.filter((error) => !error.tolerable);
  const missingReasons = disablesWithoutReason(files);
  const failing = issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
  const reportPath = writeCsvReport(issues);

  console.log(
    `electronegativity (Electron ${electronVersion}) scanned ${files.length} files in ${relative(projectRoot, input) || '.'}`,
  );
  if (issues.length > 0) {
    console.log(`\nFindings (${issues.length}):`);
    for (const issue of issues) console.log(describe(issue));
  }
  for (const error of errors.filter((candidate) => candidate.tolerable)) {
    console.warn(`\nwarning: ${error.file}: ${error.message}`);
  }
  if (unparsed.length > 0) {
    console.error('\nFiles electronegativity could not parse (so did not check):');
    for (const error of unparsed) console.error(`  ${error.file}: ${error.message}`);
  }
  if (missingReasons.length > 0) {
    console.error('\neng-disable without a reason (write `eng-disable CHECK_ID -- why it is safe`):');
    for (const line of missingReasons) console.error(`  ${line}`);
  }
  console.log(`\nCSV report: ${relative(projectRoot, reportPath)}`);

  if (failing.length > 0 || unparsed.length > 0 || missingReasons.length > 0) {
    console.error(
      `\nSecurity scan FAILED: ${failing.length} HIGH/MEDIUM finding(s), ${unparsed.length} unparsed file(s), ${missingReasons.length} unexplained disable(s).`,
    );
    process.exit(1);
  }
  console.log('\nSecurity scan passed: no HIGH or MEDIUM findings.');
  // Electronegativity starts fetching its translations in the background; offline (CI here) that request
  // fails after the scan and would crash the process. The result is decided: leave now.
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
