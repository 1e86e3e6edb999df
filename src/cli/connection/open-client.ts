import { FidesClient, type FidesClientCredentialsOptions } from "../../index.js";
import type { CommandContext } from "../command-types.js";
import { mask } from "../output/output.js";
import { hideUrlPasswords } from "../output/safe-text.js";
import { packageVersion } from "../version.js";
import {
  type ClientConfig,
  resolveClientConfig,
  resolveServerConfig,
  type ServerConfig,
} from "./resolve-config.js";

/**
 * Builds the SDK client for a command from its flags and environment.
 * @throws {UsageError} when the configuration is missing or malformed
 */
export async function openClient(
  context: CommandContext,
): Promise<{ sdk: FidesClient; config: ClientConfig }> {
  const config = await resolveClientConfig(context.values, context.io);
  debugConfig(context, config);
  return { sdk: new FidesClient(sdkOptions(config)), config };
}

/**
 * Resolves only the server options, for commands that need no credentials.
 * @throws {UsageError} when the URL is missing or malformed
 */
export function openServer(context: CommandContext): ServerConfig {
  const config = resolveServerConfig(context.values, context.io);
  debugConfig(context, config);
  return config;
}

/**
 * The SDK options every flag of the command line maps to: the server, the per-attempt timeout,
 * `--allow-insecure-http`, `--allow-unknown-scopes`, and the credentials.
 * @param config the resolved configuration
 * @param credentials other credentials than the configured ones (a client just created)
 */
export function sdkOptions(
  config: ServerConfig,
  credentials: { clientId: string; clientSecret: string } = config as ClientConfig,
): FidesClientCredentialsOptions {
  return {
    baseUrl: config.baseUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    timeoutMs: config.timeoutMs,
    allowInsecureHttp: config.allowInsecureHttp,
    allowUnknownScopes: config.allowUnknownScopes,
    userAgent: `fides-oauth-cli/${packageVersion()}`,
    // A command reports its own failure in one line; the SDK's console warnings would repeat it.
    logger: QUIET,
  };
}

const quiet = (): void => {};
const QUIET = { debug: quiet, info: quiet, warn: quiet, error: quiet };

function debugConfig(context: CommandContext, config: ServerConfig | ClientConfig): void {
  if (context.values.debug !== true) return;
  const shown = { ...config, baseUrl: hideUrlPasswords(config.baseUrl) };
  if ("clientSecret" in config) Object.assign(shown, { clientSecret: mask(config.clientSecret) });
  context.io.stderr.write(`debug: configuration ${JSON.stringify(shown)}\n`);
}
