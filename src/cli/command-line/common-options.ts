import type { OptionSpec } from "../command-types.js";

/** Options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean", description: "print machine-readable JSON instead of a table" },
  debug: {
    type: "boolean",
    description: "print stack traces and the resolved configuration (secrets masked)",
  },
  help: { type: "boolean", short: "h", description: "show help for the command" },
  version: { type: "boolean", description: "print the version of fides-oauth" },
};

/** Options of every command that talks to a Fides server. */
export const CONNECTION_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  url: {
    type: "string",
    placeholder: "URL",
    description: "the Fides server's root, such as https://fides.example.com (env FIDES_URL)",
  },
  "client-id": {
    type: "string",
    placeholder: "ID",
    description: "the OAuth client id (env FIDES_CLIENT_ID)",
  },
  "client-secret-file": {
    type: "string",
    placeholder: "PATH",
    description: "read the client secret from a file (- for standard input)",
  },
  "client-secret-stdin": { type: "boolean", description: "read the client secret from standard input" },
  "client-secret": {
    type: "string",
    placeholder: "-",
    description:
      "only - (standard input): a secret typed here would show in ps and shell history, so it is refused",
  },
  timeout: {
    type: "string",
    placeholder: "SECONDS",
    description: "give up on the whole command, retries included, after this long (default 30)",
  },
  "allow-insecure-http": {
    type: "boolean",
    description: "allow plain http:// to a host that is not loopback (the secret travels in clear)",
  },
};
