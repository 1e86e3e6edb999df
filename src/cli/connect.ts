import { FidesClient } from "../index.js";
import type { CommandContext } from "./command.js";
import { type ClientConfig, resolveClientConfig, resolveServerConfig, type ServerConfig } from "./config.js";
import { mask } from "./output.js";

const USER_AGENT = "fides-oauth-cli";

/**
 * Builds the SDK client for a command from its flags and environment.
 * @throws {UsageError} when the configuration is missing or malformed
 */
export async function openClient(
  context: CommandContext,
): Promise<{ sdk: FidesClient; config: ClientConfig }> {
  const config = await resolveClientConfig(context.values, context.io);
  debugConfig(context, config);
  const sdk = new FidesClient({
    baseUrl: config.baseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    timeoutMs: config.timeoutMs,
    allowInsecureHttp: config.allowInsecureHttp,
    userAgent: USER_AGENT,
  });
  return { sdk, config };
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

function debugConfig(context: CommandContext, config: ServerConfig | ClientConfig): void {
  if (context.values.debug !== true) return;
  const shown = "clientSecret" in config ? { ...config, clientSecret: mask(config.clientSecret) } : config;
  context.io.stderr.write(`debug: configuration ${JSON.stringify(shown)}\n`);
}
