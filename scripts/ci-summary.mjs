// Prints one "N passed, N failed" line for CI to read, summed over every report it is given.
//
//   node scripts/ci-summary.mjs <exit status of the run> <report.json>…
//   node scripts/ci-summary.mjs <vitest report.json> <exit status>      (the older form)
//
// A report is either vitest's JSON report (numPassedTests, numFailedTests, testResults) or any
// JSON object of the simple form {"passed": N, "failed": N} (more keys are fine), such as
// scripts/runtime-matrix.mjs writes. Each counts what it says; a failed vitest suite (a file that
// did not load) counts as one failure, and so does a report that is missing or unreadable (its step
// never finished). A non-zero exit status with no failure counted (typecheck, lint, build, package
// checks) is one failure too, so a broken run never reads as clean.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const newForm = /^\d+$/.test(args[0] ?? "");
const status = newForm ? (args[0] ?? "0") : (args[1] ?? "0");
const files = newForm ? args.slice(1) : [args[0] ?? "reports/vitest.json"];
if (files.length === 0) files.push("reports/vitest.json");

let passed = 0;
let failed = 0;
for (const file of files) {
  const counts = countsOf(file);
  passed += counts.passed;
  failed += counts.failed;
}
if (failed === 0 && (status !== "0" || passed === 0)) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/** What one report counts; a missing or unreadable one is one failure. */
function countsOf(file) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    console.error(`ci-summary: no readable report at ${file}: counted as one failure`);
    return { passed: 0, failed: 1 };
  }
  if (typeof report?.numPassedTests === "number" || Array.isArray(report?.testResults)) {
    const brokenSuites = (report.testResults ?? []).filter(
      (suite) => suite.status === "failed" && (suite.assertionResults ?? []).length === 0,
    ).length;
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenSuites };
  }
  if (Number.isInteger(report?.passed) && Number.isInteger(report?.failed)) {
    return { passed: report.passed, failed: report.failed };
  }
  console.error(
    `ci-summary: ${file} is neither a vitest report nor {"passed": N, "failed": N}: counted as one failure`,
  );
  return { passed: 0, failed: 1 };
}
