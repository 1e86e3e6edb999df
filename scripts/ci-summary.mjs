// Prints "N passed, N failed" from vitest's JSON reports, for CI to read.
// Usage: node scripts/ci-summary.mjs <report.json> <exit status> [<report.json> <exit status> …]
// (one pair per suite: `npm test` and `npm run test:real`). A failed suite (a file that did not
// load) and a failing step outside vitest (typecheck, lint, build, package checks, a real server
// that would not start) each count as one failure, so a broken run never reads as clean.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
if (args.length === 0) args.push("reports/vitest.json", "0");
let passed = 0;
let failed = 0;
for (let i = 0; i < args.length; i += 2) {
  const file = args[i];
  const status = args[i + 1] ?? "0";
  let report = {};
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // no report: vitest never ran
  }
  const suitePassed = report.numPassedTests ?? 0;
  let suiteFailed = report.numFailedTests ?? 0;
  suiteFailed += (report.testResults ?? []).filter(
    (suite) => suite.status === "failed" && (suite.assertionResults ?? []).length === 0,
  ).length;
  if (suiteFailed === 0 && (status !== "0" || suitePassed === 0)) suiteFailed = 1;
  passed += suitePassed;
  failed += suiteFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
