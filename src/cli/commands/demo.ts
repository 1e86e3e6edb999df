import type { CommandSpec } from "../command-types.js";
import { runDemo } from "../demo-flow.js";

/** `fides-oauth demo`, the same as `npm run demo`. */
export const demoCommand: CommandSpec = {
  path: ["demo"],
  summary: "run the Fides guide's flow through the SDK on an embedded emulator, printing each step",
  details: [
    "With FIDES_URL, FIDES_CLIENT_ID and FIDES_CLIENT_SECRET (root credentials) all set, the flow runs",
    "against that server instead; it deletes the client it creates. Secrets and tokens are masked.",
  ].join("\n"),
  positionals: [],
  options: {},
  connects: false,
  examples: ["npm run demo", "FIDES_URL=… FIDES_CLIENT_ID=… FIDES_CLIENT_SECRET=… fides-oauth demo"],
  run: (context) => runDemo(context.io),
};
