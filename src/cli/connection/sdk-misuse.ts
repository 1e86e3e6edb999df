// The SDK checks its options and arguments itself and says what is wrong in its own terms
// (`"options.baseUrl" must not hold credentials`). The CLI does not check them again: it rewords
// the SDK's message in the terms the user typed (`--url must not hold credentials`).

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

/**
 * Rewords an SDK misuse message (the message of its `TypeError`) with the CLI's flag and variable
 * names: `"options.allowInsecureHttp"` becomes `--allow-insecure-http`, `"options.baseUrl"` the
 * `--url` or `FIDES_URL` that gave it, an argument such as `"details.name"` its flag `--name`.
 * @param message the SDK's message
 * @param sources where the URL and the client id came from
 */
export function inFlagTerms(message: string, sources: OptionSources): string {
  let text = message
    .replace(/set "?options\.allowInsecureHttp"? to true/g, "pass --allow-insecure-http")
    .replace(/"?options\.(\w+)"?/g, (_whole, name: string) => RENAMED[name]?.(sources) ?? `--${kebab(name)}`)
    .replace(/"(?:details|changes)\.(\w+)"/g, (_whole, name: string) => `--${kebab(name)}`)
    .replace(/"(?:changes\.)?scopes(?:\[\d+\])?"/g, "--scope")
    .replace(/^"id"/, "CLIENT_ID")
    .replace(/^"path"/, "PATH");
  if (/ is not a Fides scope$/.test(text)) {
    text += "; run `fides-oauth scopes` to list them, or pass --allow-unknown-scopes";
  }
  if (/^"?options\.baseUrl"? must be an absolute/.test(message) && sources.rawUrl !== undefined) {
    text += `, not "${shownUrl(sources.rawUrl)}"`;
  }
  return text;
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
