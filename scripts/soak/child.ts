// The soak's body, run in a child process so the parent can check that it exits by itself:
// no process.exit here. Prints `SOAK-REPORT <json>` when done and `SOAK-EXIT <json>` on exit.
import type { SoakConfig } from "./config.js";
import { runSoak } from "./run-soak.js";

let unhandledRejections = 0;
process.on("unhandledRejection", () => {
  unhandledRejections++;
});
process.on("exit", () => {
  process.stdout.write(`SOAK-EXIT ${JSON.stringify({ unhandledRejections })}\n`);
});

const config = JSON.parse(process.argv[2] ?? "") as SoakConfig;
const report = await runSoak(config);
process.stdout.write(`SOAK-REPORT ${JSON.stringify({ ...report, unhandledRejections })}\n`);
