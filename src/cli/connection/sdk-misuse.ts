// The SDK checks its options and arguments itself and says what is wrong in its own terms
// (`"options.baseUrl" must not hold credentials`), naming the argument as data on the error
// (`argument: "options.baseUrl"`). The CLI does not check them again: it maps that argument to
// the flag the user typed (`--url must not hold credentials`).

import { stringOption } from "../command-line/option-values.js";
import type { CliIo, OptionValues } from "../command-types.js";

/** Where the values the SDK checks came from on this command line. */
export interface OptionSources {
  /** `--url` or `FIDES_URL`. */
  readonly url: string;
  /** The URL as typed, when there is one. */
  readonly rawUrl: string | undefined;
  /** `--client-id` or `FIDES_CLIENT_ID`. */
  readonly clientId: string;
}

/**
 * Reads where the URL and the client id came from.
 * @param values the parsed options
 * @param io the environment
 */
export function optionSourcesOf(values: OptionValues, io: CliIo): OptionSources {
  const urlFlag = stringOption(values, "url");
  return {
    url: urlFlag === undefined ? "FIDES_URL" : "--url",
    rawUrl: (urlFlag ?? io.env.FIDES_URL)?.trim(),
    clientId: stringOption(values, "client-id") === undefined ? "FIDES_CLIENT_ID" : "--client-id",
  };
}

/** SDK option names whose flag is not simply the name in kebab case. */
const RENAMED: Readonly<Record<string, (sources: OptionSources) => string>> = {
  baseUrl: (sources) => sources.url,
  clientId: (sources) => sources.clientId,
  clientSecret: () => "the client secret",
  timeoutMs: () => "--timeout",
};

/** The SDK's remedy for plain http off loopback, and the CLI's. */
const INSECURE_HTTP_REMEDY = [
  'set "options.allowInsecureHttp" to true',
  "pass --allow-insecure-http",
] as const;
const NOT_A_SCOPE = " is not a Fides scope";

/**
 * The flag, variable or positional that gave an SDK argument: `options.allowInsecureHttp` is
 * `--allow-insecure-http`, `options.baseUrl` the `--url` or `FIDES_URL` that gave it,
 * `details.name` and `changes.name` `--name`, `scopes[2]` `--scope`, `id` `CLIENT_ID`, `path`
 * `PATH`; an argument the CLI has no flag for keeps the SDK's name, quoted.
 * @param argument the SDK's name of the argument (a misuse error's `argument`)
 * @param sources where the URL and the client id came from
 */
function flagOf(argument: string, sources: OptionSources): string {
  const [head = "", name = "", ...rest] = argument.split(".");
  if (head === "options" && name !== "") {
    const flag = RENAMED[name]?.(sources) ?? `--${kebab(name)}`;
    return [flag, ...rest].join(".");
  }
  const list = argument.indexOf("[") === -1 ? argument : argument.slice(0, argument.indexOf("["));
  if (list === "scopes" || list === "changes.scopes") return "--scope";
  if ((head === "details" || head === "changes") && name !== "" && rest.length === 0)
    return `--${kebab(name)}`;
  if (argument === "id") return "CLIENT_ID";
  if (argument === "path") return "PATH";
  return `"${argument}"`;
}

/**
 * Rewords an SDK misuse error (its `TypeError`) in the CLI's flag and variable names. The
 * argument it is about comes from the error's `argument` field, not from its wording; other
 * options a message mentions (`"options.clientSecret"`) are quoted names, mapped the same way.
 * @param error the SDK's (or the emulator's) misuse error
 * @param sources where the URL and the client id came from
 */
export function inFlagTerms(error: TypeError, sources: OptionSources): string {
  const { message } = error;
  const argument = argumentOf(error);
  let text = message;
  if (argument !== undefined && message.startsWith(`"${argument}"`)) {
    text = flagOf(argument, sources) + message.slice(argument.length + 2);
  }
  text = mentionsInFlagTerms(text.replaceAll(...INSECURE_HTTP_REMEDY), sources);
  if (argument !== undefined && flagOf(argument, sources) === "--scope" && text.endsWith(NOT_A_SCOPE)) {
    text += "; run `fides-oauth scopes` to list them, or pass --allow-unknown-scopes";
  }
  if (
    argument === "options.baseUrl" &&
    message.startsWith('"options.baseUrl" must be an absolute') &&
    sources.rawUrl !== undefined
  ) {
    text += `, not "${shownUrl(sources.rawUrl)}"`;
  }
  return text;
}

function argumentOf(error: TypeError): string | undefined {
  const { argument } = error as { argument?: unknown };
  return typeof argument === "string" ? argument : undefined;
}

/** Maps every quoted `"options.…"` name in a message to its flag, in one pass. */
function mentionsInFlagTerms(text: string, sources: OptionSources): string {
  const open = '"options.';
  let result = "";
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    const end = start === -1 ? -1 : text.indexOf('"', start + open.length);
    if (end === -1) return result + text.slice(from);
    result += text.slice(from, start) + flagOf(text.slice(start + 1, end), sources);
    from = end + 1;
  }
}

/** A URL as the user typed it, minus anything secret: credentials, query and fragment. */
function shownUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return `${url.origin}${url.pathname}`;
  } catch {
    // not a URL: show it, but never what comes before an "@"
  }
  return raw.replace(/^[^@]*@/, "****@").replace(/[?#].*$/, "");
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
