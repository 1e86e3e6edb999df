// Prints "N passed, N failed" from vitest's JSON report, for CI to read.
// Usage: node scripts/ci-summary.mjs <report.json> <exit status of npm test>
// A failed suite (a file that did not load) and a failing step outside vitest (typecheck, lint,
// build, package checks) each count as one failure, so a broken run never reads as clean.
import { readFileSync } from "node:fs";

const [file = "reports/vitest.json", npmStatus = "0"] = process.argv.slice(2);
let report = {};
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  // no report: vitest never ran
}
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
const brokenSuites = (report.testResults ?? []).filter(
  (suite) => suite.status === "failed" && (suite.assertionResults ?? []).length === 0,
).length;
failed += brokenSuites;
if (failed === 0 && (npmStatus !== "0" || passed === 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
