// `npm run soak`: 50 workers × 5,000 mixed operations against an emulator that fails about 20% of
// requests; prints what happened and the counts that must be zero.
// Flags: --operations 5000 --workers 50 --seed 1
import { parseIntegerFlags } from "./bench/args.js";
import { round, table } from "./bench/stats.js";
import { DEFAULT_SOAK } from "./soak/config.js";
import { spawnSoak } from "./soak/spawn-soak.js";

const flags = parseIntegerFlags(process.argv.slice(2), {
  operations: DEFAULT_SOAK.operations,
  workers: DEFAULT_SOAK.workers,
  seed: DEFAULT_SOAK.seed,
});
const config = { ...DEFAULT_SOAK, ...flags };
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
say(
  `soak: ${config.operations} operations, ${config.workers} workers, seed ${config.seed}, ` +
    `maxRetries ${config.maxRetries}, timeoutMs ${config.timeoutMs}, ~${config.faultRate * 100}% of requests failed`,
);
const outcome = await spawnSoak(config);
say(`\nran in ${round(outcome.elapsedMs / 1000)} s; the emulator served ${outcome.requestsServed} requests`);
say(`statuses (0: no answer reached the client): ${JSON.stringify(outcome.statuses)}`);
say(`fault mix (weights): ${JSON.stringify(outcome.faultMix)}`);
say(`operations: ${JSON.stringify(outcome.byKind)}`);
say(
  `creates acknowledged ${outcome.audit.acknowledgedCreates}, ambiguous ${outcome.audit.ambiguousCreates} ` +
    `(of which the server holds ${outcome.audit.ambiguousCreated}: served, answer lost, never resent)`,
);
say("");
say(
  table(
    ["outcome", "count"],
    [
      ["operations", outcome.operations],
      ["successes", outcome.successes],
      ...Object.entries(outcome.failures).map(([name, count]) => [`typed failure: ${name}`, count]),
    ],
  ),
);
const untyped = Object.values(outcome.untypedFailures).reduce((sum, count) => sum + count, 0);
const checks: [string, number | string, number | string][] = [
  ["untyped failures (not a FidesError)", untyped, 0],
  ["unhandled rejections", outcome.unhandledRejections, 0],
  [`hung operations (deadline ${round(outcome.deadlineMs / 1000)} s)`, outcome.hung, 0],
  ["duplicate clients", outcome.audit.duplicates, 0],
  ["clients the SDK never reported creating", outcome.audit.unexplained, 0],
  ["acknowledged clients lost", outcome.audit.lost, 0],
  [`secrets/tokens in ${outcome.stringsChecked} messages, serialised errors, log lines`, outcome.leaks, 0],
  ["process exited by itself", outcome.exitedByItself ? "yes" : "no", "yes"],
];
say("");
say(table(["must hold", "measured", "target"], checks));
for (const example of outcome.leakExamples) say(`leak: ${example}`);
if (untyped > 0) say(`untyped: ${JSON.stringify(outcome.untypedFailures)}`);
const failed = checks.filter(([, measured, target]) => measured !== target);
if (failed.length > 0) {
  say(`\nFAILED: ${failed.map(([name]) => name).join("; ")}`);
  process.exitCode = 1;
}
