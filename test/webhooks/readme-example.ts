// Runs the "Receiving Fides webhooks" example of README.md as a program of its own (tsx), its
// imports pointed at src/: npm test drives it with deliveries shaped as Fides sends them,
// test:real with a real Fides.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** The section's first TypeScript block, as a program whose imports reach src/. */
export function readmeReceiverSource(): string {
  const readme = readFileSync(resolve(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Receiving Fides webhooks"));
  const code = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (code === undefined) throw new Error('README.md has no ```ts block under "Receiving Fides webhooks"');
  return code
    .replaceAll('from "fides-sdk/webhooks"', 'from "../../src/webhooks/index.js"')
    .replaceAll('from "fides-sdk"', 'from "../../src/index.js"');
}

/** The example, running: its URL, what it printed, and a way to wait for a line. */
export interface RunningExample {
  readonly url: string;
  readonly lines: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): void;
}

/**
 * Starts the README's receiver on a free loopback port.
 * @param env FIDES_URL, FIDES_WEBHOOK_SECRET and DELIVERY_KEY for the example
 */
export async function startReadmeReceiver(env: Record<string, string>): Promise<RunningExample> {
  const scratch = resolve(root, "reports/readme-examples");
  mkdirSync(scratch, { recursive: true });
  const file = resolve(scratch, `webhooks-receiver-${process.pid}-${Date.now()}.ts`);
  writeFileSync(file, readmeReceiverSource());
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(root, "node_modules/tsx/dist/cli.mjs"), file],
    {
      cwd: root,
      env: { ...process.env, ...env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffered = "";
  const take = (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the example never printed ${pattern}; it printed:\n${lines.join("\n")}`)),
        timeoutMs,
      );
      const check = () => {
        const line = lines.find((text) => pattern.test(text));
        if (line !== undefined) {
          clearTimeout(timer);
          resolvePromise(line);
        } else waiters.push(check);
      };
      check();
    });
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  try {
    const listening = await waitFor(/^listening on /);
    return { url: listening.slice("listening on ".length), lines, waitFor, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
