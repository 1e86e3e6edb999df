import { readFile } from "node:fs/promises";
import { stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CliIo, OptionValues } from "../command-types.js";

/**
 * Where the CLI finds Fides and how it talks to it, resolved once from flags, then the
 * environment. The URL's shape (absolute, http(s), no credentials, https: off loopback) is the
 * SDK's to check: its `TypeError` is reworded in terms of these flags (see `sdk-misuse.ts`).
 */
export interface ServerConfig {
  readonly baseUrl: string;
  /** Where the URL came from, for messages: `--url` or `FIDES_URL`. */
  readonly urlSource: "--url" | "FIDES_URL";
  readonly timeoutMs: number;
  readonly allowInsecureHttp: boolean;
  readonly allowUnknownScopes: boolean;
}

/** A server plus the credentials of the client that talks to it. */
export interface ClientConfig extends ServerConfig {
  readonly clientId: string;
  readonly clientSecret: string;
}

const DEFAULT_TIMEOUT_SECONDS = 30;
/** The API prefix the SDK adds to every path; a base URL that already ends in it would double it. */
const API_PREFIX = /\/api\/v1\/?$/;

/**
 * Resolves the server options: `--url` over `FIDES_URL`, `--timeout`, `--allow-insecure-http`,
 * `--allow-unknown-scopes`.
 * @throws {UsageError} naming the flag and the variable when the URL is missing or ends in `/api/v1`
 */
export function resolveServerConfig(values: OptionValues, io: CliIo): ServerConfig {
  const flag = stringOption(values, "url");
  const raw = (flag ?? io.env.FIDES_URL)?.trim();
  if (raw === undefined || raw === "") {
    throw new UsageError("no Fides URL: pass --url or set FIDES_URL (e.g. http://localhost:8080)");
  }
  const urlSource = flag === undefined ? "FIDES_URL" : "--url";
  refuseApiPrefix(raw, urlSource);
  return {
    baseUrl: raw,
    urlSource,
    timeoutMs: resolveTimeoutMs(values),
    allowInsecureHttp: values["allow-insecure-http"] === true,
    allowUnknownScopes: values["allow-unknown-scopes"] === true,
  };
}

/**
 * Fides's documentation writes its API as `http://host:8080/api/v1`; the SDK adds `/api/v1` itself,
 * so such a URL would send every request to `/api/v1/api/v1/…`, which Fides answers with a
 * puzzling 404 or 405. Said plainly here, with the URL to use instead.
 */
function refuseApiPrefix(raw: string, source: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return; // the SDK names what is wrong with it
  }
  if (!API_PREFIX.test(url.pathname)) return;
  const root = `${url.origin}${url.pathname.replace(API_PREFIX, "")}`;
  throw new UsageError(
    `${source} ends in /api/v1, which fides-oauth adds itself, so every request would go to /api/v1/api/v1/…; give the server's root instead: ${root}`,
  );
}

/**
 * Resolves the server options and the client credentials: `--client-id` over `FIDES_CLIENT_ID`;
 * the secret from exactly one of `--client-secret-file`, `--client-secret-stdin` (or `-` as the
 * value of either secret flag), or else `FIDES_CLIENT_SECRET`. A secret typed on the command line is
 * refused: `ps` and the shell's history would show it.
 * @throws {UsageError} naming what is missing or contradictory (never the secret itself)
 */
export async function resolveClientConfig(values: OptionValues, io: CliIo): Promise<ClientConfig> {
  const server = resolveServerConfig(values, io);
  const clientId = (stringOption(values, "client-id") ?? io.env.FIDES_CLIENT_ID)?.trim();
  if (!clientId) throw new UsageError("no client id: pass --client-id or set FIDES_CLIENT_ID");
  return { ...server, clientId, clientSecret: await resolveSecret(values, io) };
}

const SECRET_WAYS =
  "give the client secret one way: set FIDES_CLIENT_SECRET, or pass --client-secret-file PATH or --client-secret-stdin";

async function resolveSecret(values: OptionValues, io: CliIo): Promise<string> {
  const flag = stringOption(values, "client-secret");
  const file = stringOption(values, "client-secret-file");
  const stdinFlag = values["client-secret-stdin"] === true;
  if (flag !== undefined && flag !== "-") {
    throw new UsageError(
      `--client-secret would put the secret on the command line, where ps and the shell's history show it, so it is refused; ${SECRET_WAYS} (or --client-secret -)`,
    );
  }
  const given = [flag !== undefined, file !== undefined, stdinFlag].filter(Boolean).length;
  if (given > 1) throw new UsageError(SECRET_WAYS);
  let secret: string | undefined;
  let source: string;
  if (flag === "-" || file === "-" || stdinFlag) {
    source = "standard input";
    secret = await io.readStdin();
  } else if (file !== undefined) {
    source = `the file ${file}`;
    secret = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read --client-secret-file ${file} (${error.code ?? error.message})`);
    });
  } else {
    source = "FIDES_CLIENT_SECRET";
    secret = io.env.FIDES_CLIENT_SECRET;
  }
  if (secret === undefined) {
    throw new UsageError(
      "no client secret: set FIDES_CLIENT_SECRET, or pass --client-secret-file or --client-secret-stdin",
    );
  }
  // A file or a pipe usually ends with a newline that is not part of the secret.
  const trimmed = secret.replace(/\r?\n$/, "");
  if (trimmed.trim() === "") throw new UsageError(`the client secret from ${source} is empty`);
  return trimmed;
}

/**
 * Reads `--timeout` (seconds, default 30) as milliseconds.
 * @throws {UsageError} naming the flag when the value is not a number of seconds in range
 */
export function resolveTimeoutMs(values: OptionValues): number {
  const raw = stringOption(values, "timeout");
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`--timeout must be a number of seconds above 0 and at most 3600, not "${raw}"`);
  }
  return Math.round(seconds * 1000);
}
