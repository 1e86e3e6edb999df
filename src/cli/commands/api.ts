import { readFile } from "node:fs/promises";
import { typedOperation } from "../../api/cli-operations.js";
import { FidesError } from "../../index.js";
import { resolveFetchTarget } from "../../internal/fetch-request.js";
import { stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandContext, CommandSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * `fides-oauth api METHOD PATH`: any Fides endpoint with the configured client's managed token
 * (`sdk.fetch()`), printing the response body.
 */
export const apiCommand: CommandSpec = {
  path: ["api"],
  summary: "call any Fides endpoint with the client's token and print the response body",
  details: [
    "PATH is below --url (a leading / is optional); the token never goes to another origin.",
    "--data sends JSON: the text itself, @FILE for a file's content, or @- for standard input.",
    "The body is printed as the server sent it, minus what could drive a terminal (control characters",
    "other than tab and newline; JSON stays byte for byte); with --json it is parsed and printed indented.",
    "A non-2xx answer is one error line on standard error and exit status 1.",
    "A PATH one typo away from an operation of Fides 2.86.2's API (a template such as",
    "/api/v1/dsr/policy/{policy_key}, or a concrete path) is refused, naming that operation; --any-path sends it.",
  ].join("\n"),
  positionals: [
    { name: "METHOD", required: true },
    { name: "PATH", required: true },
  ],
  synopsis: "[--data JSON | --data @FILE] [--any-path]",
  options: {
    "any-path": {
      type: "boolean",
      description: "send a path even when it looks like a typo of a Fides operation (a Fidesplus route)",
    },
    data: {
      type: "string",
      placeholder: "JSON",
      description: "a JSON request body, or @FILE to read it from a file (@- for standard input)",
    },
  },
  connects: true,
  examples: [
    "fides-oauth api GET /api/v1/dsr/policy",
    `fides-oauth api PATCH /api/v1/dsr/policy --data '[{"name": "Access", "key": "access"}]'`,
    "fides-oauth api PATCH /api/v1/dsr/policy --data @policies.json --json",
  ],
  async run(context) {
    const method = methodOf(context);
    const path = context.positionals[1] ?? "";
    if (path.trim() === "") throw new UsageError("PATH must not be empty");
    const json = await dataOf(context, method);
    const { sdk, config } = await openClient(context);
    if (context.values["any-path"] !== true) {
      // After the SDK's own checks (origin, dot segments), which name the problem better.
      const operation = typedOperation(method, resolveFetchTarget(config.baseUrl, path).path);
      if (!operation.known && operation.nearest !== undefined) {
        throw new UsageError(`${operation.message} (--any-path sends it anyway)`);
      }
    }
    const response = await sdk.fetch(path, {
      method,
      signal: context.signal,
      ...(json === undefined ? {} : { json }),
    });
    const text = await response.text();
    if (!context.out.json) {
      if (text !== "") context.out.raw(text.endsWith("\n") ? text : `${text}\n`);
      return;
    }
    if (text === "") return context.out.writeJson(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new FidesError(
        `${method} ${path} answered ${response.status} with a body that is not JSON; run without --json to see it`,
      );
    }
    context.out.writeJson(body);
  },
};

function methodOf(context: CommandContext): string {
  const method = (context.positionals[0] ?? "").toUpperCase();
  if (!METHODS.includes(method)) {
    throw new UsageError(`METHOD must be one of ${METHODS.join(", ")}, not "${context.positionals[0]}"`);
  }
  return method;
}

/** The parsed `--data`, from the argument, a file or standard input; never echoed (it may hold a secret). */
async function dataOf(context: CommandContext, method: string): Promise<unknown> {
  const data = stringOption(context.values, "data");
  if (data === undefined) return undefined;
  if (method === "GET" || method === "HEAD") throw new UsageError(`--data cannot be sent with ${method}`);
  let text = data;
  let source = "--data";
  if (data === "@-") {
    text = await context.io.readStdin();
    source = "--data @- (standard input)";
  } else if (data.startsWith("@")) {
    const file = data.slice(1);
    source = `--data @${file}`;
    text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${source} (${error.code ?? error.message})`);
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${source} must be JSON`);
  }
}
