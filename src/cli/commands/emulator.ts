import { integerOption, stringOption } from "../command-line/option-values.js";
import { UsageError } from "../command-line/usage-error.js";
import type { CommandSpec } from "../command-types.js";
import { inFlagTerms } from "../connection/sdk-misuse.js";

/** `fides-oauth emulator`: serves the Fides emulator on loopback until interrupted. */
export const emulatorCommand: CommandSpec = {
  path: ["emulator"],
  summary:
    "serve the Fides OAuth emulator on 127.0.0.1 until interrupted, printing its URL and root credentials",
  details: "The emulator keeps everything in memory; it is for development and tests, never production.",
  positionals: [],
  options: {
    port: { type: "string", placeholder: "PORT", description: "the port to listen on (default: a free one)" },
    "server-version": {
      type: "string",
      placeholder: "VERSION",
      description: "the Fides release to behave like (default 2.86.2)",
    },
    "root-client-id": {
      type: "string",
      placeholder: "ID",
      description: "the root client id (default fidesadmin)",
    },
    "root-client-secret": {
      type: "string",
      placeholder: "SECRET",
      description: "the root client secret (default fidesadminsecret)",
    },
  },
  connects: false,
  examples: ["fides-oauth emulator --port 8080", "fides-oauth emulator --server-version 2.81.1"],
  async run(context) {
    const port = integerOption(context.values, "port", { min: 0, max: 65_535 });
    const serverVersion = stringOption(context.values, "server-version");
    const rootClientId = stringOption(context.values, "root-client-id");
    const rootClientSecret = stringOption(context.values, "root-client-secret");
    // Loaded on demand: the other commands never need the emulator.
    const { startFidesEmulatorServer } = await import("../../testing/server-entry.js");
    const server = await startFidesEmulatorServer({
      ...(port === undefined ? {} : { port }),
      ...(serverVersion === undefined ? {} : { serverVersion }),
      ...(rootClientId === undefined ? {} : { rootClientId }),
      ...(rootClientSecret === undefined ? {} : { rootClientSecret }),
    }).catch((error: unknown) => {
      throw asFlagError(error);
    });
    const { emulator } = server;
    // Printed in full on purpose: the emulator's root credentials are what a developer needs to use it.
    if (context.out.json) {
      context.out.line(
        JSON.stringify({
          url: server.url,
          server_version: serverVersion ?? "2.86.2",
          client_id: emulator.rootClientId,
          client_secret: emulator.rootClientSecret,
        }),
      );
    } else {
      context.out.line(`FIDES_URL=${server.url}`);
      context.out.line(`FIDES_CLIENT_ID=${emulator.rootClientId}`);
      context.out.line(`FIDES_CLIENT_SECRET=${emulator.rootClientSecret}`);
      context.io.stderr.write(`Fides emulator listening on ${server.url}; press Ctrl-C to stop\n`);
    }
    await context.io.untilInterrupted();
    await server.close();
    context.io.stderr.write("Fides emulator stopped\n");
  },
};

const NO_SOURCES = { url: "--url", rawUrl: undefined, clientId: "--root-client-id" };

/** The emulator names its options (`"options.serverVersion"`); the user typed flags (`--server-version`). */
function asFlagError(error: unknown): unknown {
  if (!(error instanceof TypeError)) return error;
  return new UsageError(inFlagTerms(error, NO_SOURCES));
}
