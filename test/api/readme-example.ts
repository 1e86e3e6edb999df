// The README's whole-API example (the block after its "whole-api example" marker), written with its
// imports pointed at src/ and run with tsx, for test/api (emulator) and test/real (real Fides).
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";

const root = resolve(import.meta.dirname, "../..");
const MARKER = "<!-- whole-api example";

/** The example's code, as the README shows it. */
export function wholeApiExample(): string {
  const readme = readFileSync(resolve(root, "README.md"), "utf8");
  const start = readme.indexOf(MARKER);
  if (start < 0) throw new Error("README.md has no whole-api example marker");
  const block = /```ts\n([\s\S]*?)^```$/m.exec(readme.slice(start));
  if (block === null) throw new Error("README.md has no ts block after the whole-api example marker");
  return block[1] ?? "";
}

/**
 * Runs the example against a server and returns what it printed.
 * @param env FIDES_URL, FIDES_CLIENT_ID and FIDES_CLIENT_SECRET
 * @param name the scratch file's name, so concurrent runs do not share one
 */
export async function runWholeApiExample(env: Record<string, string>, name: string): Promise<string> {
  const scratch = resolve(root, "reports/readme-examples");
  mkdirSync(scratch, { recursive: true });
  const file = resolve(scratch, `${name}.ts`);
  writeFileSync(
    file,
    wholeApiExample()
      .replaceAll('from "fides-sdk/api"', 'from "../../src/api/index.js"')
      .replaceAll('from "fides-sdk"', 'from "../../src/index.js"'),
  );
  const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, file], {
    cwd: root,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return stdout;
}
