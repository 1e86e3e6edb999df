import { readFileSync } from "node:fs";
import type { PrivacyRequest, PrivacyRequestInput, PrivacyRequestStatus, ReviewResult } from "../../index.js";
import { FidesError, FidesPartialFailureError, isTerminalStatus } from "../../index.js";
import { integerOption, listOption, stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandContext, CommandSpec, PositionalSpec } from "../command-types.js";
import { openClient } from "../connection/open-client.js";

/**
 * `fides-oauth privacy-requests submit|get|approve|deny|cancel|wait`: the operator's side of the
 * privacy-request lifecycle. A bulk command prints what went through and what did not, and exits
 * with status 1 when anything did not (Fides itself answers 200 either way).
 */

const IDS: PositionalSpec = { name: "ID", required: true, variadic: true };
const REASON = {
  type: "string",
  placeholder: "TEXT",
  description: "why, shown to operators in the admin UI",
} as const;

/** Thrown after printing both lists: exit status 1, with one line saying how many failed. */
function partlyFailed(
  command: string,
  result: { succeeded: unknown[]; failed: { message: string; data: Record<string, unknown> }[] },
) {
  return new FidesPartialFailureError({ method: "privacy-requests", path: command, ...result });
}

function printRequests(context: CommandContext, requests: readonly PrivacyRequest[]): void {
  context.out.table(requests, [
    { heading: "ID", cell: (request) => request.id },
    { heading: "STATUS", cell: (request) => request.status },
    { heading: "POLICY", cell: (request) => request.policy.key ?? request.policy.name },
  ]);
}

function idsOf(context: CommandContext): string[] {
  const ids = context.positionals.map((id) => id.trim()).filter((id) => id !== "");
  if (ids.length === 0) throw new UsageError("give at least one privacy request id");
  return ids;
}

function submissionsOf(context: CommandContext): PrivacyRequestInput[] {
  const file = stringOption(context.values, "file");
  const policy = stringOption(context.values, "policy");
  const emails = listOption(context.values, "email");
  const phones = listOption(context.values, "phone");
  if (file !== undefined) {
    if (policy !== undefined || emails.length > 0 || phones.length > 0) {
      throw new UsageError("--file cannot be combined with --policy, --email or --phone");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new UsageError(`--file must name a readable JSON file (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new UsageError("--file must hold a JSON array of privacy requests");
    return parsed as PrivacyRequestInput[];
  }
  if (policy === undefined) throw new UsageError("--policy is required (or give --file)");
  if (emails.length + phones.length === 0)
    throw new UsageError("give at least one --email or --phone (or --file)");
  const externalId = stringOption(context.values, "external-id");
  return [...emails.map((email) => ({ email })), ...phones.map((phone_number) => ({ phone_number }))].map(
    (identity) => ({
      policy_key: policy,
      identity,
      ...(externalId === undefined ? {} : { external_id: externalId }),
    }),
  );
}

function printReview(context: CommandContext, result: ReviewResult, command: string): void {
  if (context.out.json) context.out.writeJson(result);
  else {
    if (result.succeeded.length > 0) printRequests(context, result.succeeded);
    for (const failure of result.failed) context.out.line(`failed ${failure.id}: ${failure.message}`);
  }
  if (result.failed.length > 0) throw partlyFailed(command, result);
}

/** `fides-oauth privacy-requests submit`: one request per --email/--phone, or a JSON file of them. */
export const privacyRequestsSubmitCommand: CommandSpec = {
  path: ["privacy-requests", "submit"],
  summary: "submit privacy requests for subjects you have verified (50 per call to Fides)",
  details:
    "Each --email or --phone is one request under --policy; --file takes a JSON array of Fides's " +
    "PrivacyRequestCreate objects instead. Prints the created requests and every refused one with " +
    "Fides's message; exits with status 1 when any was refused. With --json: { succeeded, failed }.",
  positionals: [],
  options: {
    policy: {
      type: "string",
      placeholder: "KEY",
      description: "the policy to run, such as default_access_policy",
    },
    email: {
      type: "string",
      multiple: true,
      placeholder: "ADDRESS",
      description: "one request per address (repeatable)",
    },
    phone: {
      type: "string",
      multiple: true,
      placeholder: "NUMBER",
      description: "one request per phone number (repeatable)",
    },
    "external-id": { type: "string", placeholder: "ID", description: "your own id for the requests" },
    file: { type: "string", placeholder: "PATH", description: "a JSON array of requests to submit" },
  },
  connects: true,
  examples: [
    "fides-oauth privacy-requests submit --policy default_access_policy --email jane@example.com",
    "fides-oauth privacy-requests submit --file requests.json --json",
  ],
  async run(context) {
    const requests = submissionsOf(context);
    const { sdk } = await openClient(context);
    const result = await sdk.privacyRequests.submit(requests, { signal: context.signal });
    if (context.out.json) context.out.writeJson(result);
    else {
      if (result.succeeded.length > 0) printRequests(context, result.succeeded);
      for (const failure of result.failed) {
        context.out.line(`failed ${failure.input.policy_key}: ${failure.message}`);
      }
    }
    if (result.failed.length > 0) throw partlyFailed("submit", result);
  },
};

/** `fides-oauth privacy-requests get ID`. */
export const privacyRequestsGetCommand: CommandSpec = {
  path: ["privacy-requests", "get"],
  summary: "show one privacy request's status",
  positionals: [{ name: "ID", required: true }],
  options: {},
  connects: true,
  async run(context) {
    const [id] = idsOf(context);
    const { sdk } = await openClient(context);
    const request = await sdk.privacyRequests.get(id as string, { signal: context.signal });
    if (request === undefined) throw new FidesError(`no privacy request has the id ${id}`);
    if (context.out.json) return context.out.writeJson(request);
    printRequests(context, [request]);
  },
};

function reviewCommand(
  action: "approve" | "deny" | "cancel",
  summary: string,
  past: string,
  takesReason: boolean,
): CommandSpec {
  return {
    path: ["privacy-requests", action],
    summary,
    details: `Prints each request ${past} and every id Fides refused with its message; exits with status 1 when any was refused.`,
    positionals: [IDS],
    options: takesReason ? { reason: REASON } : {},
    connects: true,
    examples: [
      `fides-oauth privacy-requests ${action} pri_1 pri_2${takesReason ? ' --reason "duplicate"' : ""}`,
    ],
    async run(context) {
      const ids = idsOf(context);
      const reason = stringOption(context.values, "reason");
      const { sdk } = await openClient(context);
      const options = { signal: context.signal, ...(reason === undefined ? {} : { reason }) };
      const result =
        action === "approve"
          ? await sdk.privacyRequests.approve(ids, options)
          : action === "deny"
            ? await sdk.privacyRequests.deny(ids, options)
            : await sdk.privacyRequests.cancel(ids, options);
      printReview(context, result, action);
    },
  };
}

/** `fides-oauth privacy-requests approve ID…`. */
export const privacyRequestsApproveCommand = reviewCommand(
  "approve",
  "approve pending privacy requests, which then run",
  "approved",
  false,
);
/** `fides-oauth privacy-requests deny ID… [--reason TEXT]`. */
export const privacyRequestsDenyCommand = reviewCommand(
  "deny",
  "deny pending privacy requests",
  "denied",
  true,
);
/** `fides-oauth privacy-requests cancel ID… [--reason TEXT]`. */
export const privacyRequestsCancelCommand = reviewCommand(
  "cancel",
  "cancel privacy requests that have not finished",
  "canceled",
  true,
);

/** `fides-oauth privacy-requests wait ID`: until a terminal status (or --until), within --timeout. */
export const privacyRequestsWaitCommand: CommandSpec = {
  path: ["privacy-requests", "wait"],
  summary: "wait until a privacy request reaches a terminal status (or one given with --until)",
  details:
    "Polls with backoff (from --interval seconds, growing to 30 s) and prints each status change. " +
    "The whole wait is bounded by --timeout (default 30 s): raise it for long requests. " +
    "Terminal: complete, denied, canceled, error. With --json: the request as last read.",
  positionals: [{ name: "ID", required: true }],
  options: {
    until: {
      type: "string",
      multiple: true,
      placeholder: "STATUS",
      description: "stop at these statuses instead (repeatable)",
    },
    interval: {
      type: "string",
      placeholder: "SECONDS",
      description: "the first delay between polls (default 1)",
    },
  },
  connects: true,
  examples: [
    "fides-oauth privacy-requests wait pri_1 --timeout 1800",
    "fides-oauth privacy-requests wait pri_1 --until approved",
  ],
  async run(context) {
    const [id] = idsOf(context);
    const until = listOption(context.values, "until") as PrivacyRequestStatus[];
    const seconds = integerOption(context.values, "interval", { min: 1, max: 3600 }) ?? 1;
    const { sdk } = await openClient(context);
    const interval = { initialMs: seconds * 1000, maxMs: Math.max(seconds * 1000, 30_000), factor: 1.5 };
    // Status changes as they happen, on the wait's own polls; stopped once the wait is over.
    const watching = new AbortController();
    const stop = () => watching.abort(context.signal.reason);
    context.signal.addEventListener("abort", stop, { once: true });
    const printing = context.out.json
      ? Promise.resolve()
      : (async () => {
          for await (const change of sdk.privacyRequests.watch(id as string, {
            signal: watching.signal,
            interval,
          })) {
            context.out.line(change.status);
          }
        })().catch(() => undefined);
    try {
      const done = await sdk.privacyRequests.waitFor(id as string, {
        signal: context.signal,
        interval,
        ...(until.length === 0 ? {} : { until }),
      });
      // A terminal status ends the watch on its own, from the same poll: its line comes first.
      if (isTerminalStatus(done.status)) await printing;
      if (context.out.json) context.out.writeJson(done);
      else context.out.line(`${done.id} ${done.status}`);
    } finally {
      watching.abort(new Error("the wait is over"));
      context.signal.removeEventListener("abort", stop);
      await printing;
    }
  },
};

/** Every privacy-request command, in the order help lists them. */
export const PRIVACY_REQUEST_COMMANDS: readonly CommandSpec[] = [
  privacyRequestsSubmitCommand,
  privacyRequestsGetCommand,
  privacyRequestsApproveCommand,
  privacyRequestsDenyCommand,
  privacyRequestsCancelCommand,
  privacyRequestsWaitCommand,
];
