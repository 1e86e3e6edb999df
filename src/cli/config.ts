import { readFile } from "node:fs/promises";
import { type OptionValues, stringOption } from "./args.js";
import type { CliIo } from "./command.js";
import { UsageError } from "./errors.js";

/** Where the CLI finds Fides, resolved once from flags, then the environment. */
export interface ServerConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly allowInsecureHttp: boolean;
}

/** A server plus the credentials of the client that talks to it. */
export interface ClientConfig extends ServerConfig {
  readonly clientId: string;
  readonly clientSecret: string;
}

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * Resolves the server options: `--url` over `FIDES_URL`, `--timeout`, `--allow-insecure-http`.
 * @throws {UsageError} naming the flag and the variable when the URL is missing or malformed
 */
export function resolveServerConfig(values: OptionValues, io: CliIo): ServerConfig {
  const flag = stringOption(values, "url");
  const raw = flag ?? io.env.FIDES_URL;
  if (raw === undefined || raw.trim() === "") {
    throw new UsageError("no Fides URL: pass --url or set FIDES_URL (e.g. http://localhost:8080)");
  }
  const source = flag === undefined ? "FIDES_URL" : "--url";
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`${source} must be an absolute http(s) URL, not "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${source} must be an absolute http(s) URL, not "${raw}"`);
  }
  return {
    baseUrl: raw.trim(),
    timeoutMs: resolveTimeoutMs(stringOption(values, "timeout")),
    allowInsecureHttp: values["allow-insecure-http"] === true,
  };
}

/**
 * Resolves the server options and the client credentials: `--client-id` over `FIDES_CLIENT_ID`;
 * the secret from exactly one of `--client-secret`, `--client-secret-file`, `--client-secret-stdin`,
 * or else `FIDES_CLIENT_SECRET`.
 * @throws {UsageError} naming what is missing or contradictory (never the secret itself)
 */
export async function resolveClientConfig(values: OptionValues, io: CliIo): Promise<ClientConfig> {
  const server = resolveServerConfig(values, io);
  const clientId = (stringOption(values, "client-id") ?? io.env.FIDES_CLIENT_ID)?.trim();
  if (!clientId) throw new UsageError("no client id: pass --client-id or set FIDES_CLIENT_ID");
  return { ...server, clientId, clientSecret: await resolveSecret(values, io) };
}

async function resolveSecret(values: OptionValues, io: CliIo): Promise<string> {
  const flag = stringOption(values, "client-secret");
  const file = stringOption(values, "client-secret-file");
  const stdin = values["client-secret-stdin"] === true;
  const given = [flag !== undefined, file !== undefined, stdin].filter(Boolean).length;
  if (given > 1) {
    throw new UsageError(
      "give the client secret one way: --client-secret, --client-secret-file or --client-secret-stdin",
    );
  }
  let secret: string | undefined;
  let source: string;
  if (file !== undefined) {
    source = `the file ${file}`;
    secret = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read --client-secret-file ${file} (${error.code ?? error.message})`);
    });
  } else if (stdin) {
    source = "standard input";
    secret = await io.readStdin();
  } else {
    source = flag === undefined ? "FIDES_CLIENT_SECRET" : "--client-secret";
    secret = flag ?? io.env.FIDES_CLIENT_SECRET;
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

function resolveTimeoutMs(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`--timeout must be a number of seconds above 0 and at most 3600, not "${raw}"`);
  }
  return Math.round(seconds * 1000);
}
