import {
  FidesClient,
  isFidesForbiddenError,
  isFidesUnsupportedOperationError,
  type Scope,
} from "../index.js";
import { UsageError } from "./command-line/usage-error.js";
import type { CliIo } from "./command-types.js";
import { mask } from "./output/output.js";

const DEMO_SCOPES: Scope[] = ["policy:read", "rule:read"];
const ENV_NAMES = ["FIDES_URL", "FIDES_CLIENT_ID", "FIDES_CLIENT_SECRET"] as const;

interface Target {
  readonly baseUrl: string;
  readonly rootClientId: string;
  readonly rootClientSecret: string;
  readonly description: string;
  close(): Promise<void>;
}

/**
 * The Fides guide's flow through the SDK, one printed step at a time: root token, a scoped client,
 * its token, its scopes, the 403 it gets for creating a client, a secret rotation, the deletion.
 * Runs on an embedded emulator, or on the server named by `FIDES_URL`, `FIDES_CLIENT_ID` and
 * `FIDES_CLIENT_SECRET` (root credentials) when all three are set. Secrets and tokens are masked.
 * @param io where the steps are printed, and the environment
 * @throws whatever step fails, after deleting the demo client and stopping the emulator
 */
export async function runDemo(io: CliIo): Promise<void> {
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const target = await openTarget(io);
  let createdId: string | undefined;
  const root = new FidesClient({
    baseUrl: target.baseUrl,
    clientId: target.rootClientId,
    clientSecret: target.rootClientSecret,
  });
  try {
    say(`Fides OAuth demo against ${target.description} at ${target.baseUrl}`);
    say(`1. Root token acquired for ${target.rootClientId}: ${mask(await root.oauth.getAccessToken())}`);

    const created = await createDemoClient(root);
    createdId = created.client_id;
    say(
      `2. Client ${created.client_id} created with ${DEMO_SCOPES.join(", ")} (secret ${mask(created.client_secret)})`,
    );

    const scoped = new FidesClient({
      baseUrl: target.baseUrl,
      clientId: created.client_id,
      clientSecret: created.client_secret,
    });
    say(`3. Token acquired for the new client: ${mask(await scoped.oauth.getAccessToken())}`);

    const scopes = await root.oauth.getClientScopes(created.client_id);
    say(`4. Its scopes, read back: ${scopes.join(", ")}`);

    say(`5. It tries to create a client: ${await refusal(() => scoped.oauth.createClient([]))}`);

    say(`6. ${await rotate(root, target.baseUrl, created.client_id)}`);

    await root.oauth.deleteClient(created.client_id);
    createdId = undefined;
    say(`7. Client ${created.client_id} deleted`);
    say("Done: the whole flow worked.");
  } finally {
    // Leave nothing behind, even when a step failed: not the demo client, not the emulator.
    if (createdId !== undefined) await root.oauth.deleteClient(createdId).catch(() => undefined);
    await target.close();
  }
}

async function createDemoClient(root: FidesClient) {
  try {
    return await root.oauth.createClient(DEMO_SCOPES, {
      name: "fides-sdk demo",
      description: "created by `npm run demo`; deleted at its end",
    });
  } catch (error) {
    // Fides before 2.82 has no client names; the SDK says so before sending anything.
    if (isFidesUnsupportedOperationError(error)) return root.oauth.createClient(DEMO_SCOPES);
    throw error;
  }
}

async function refusal(attempt: () => Promise<unknown>): Promise<string> {
  try {
    await attempt();
  } catch (error) {
    if (isFidesForbiddenError(error) && error.reason === "insufficient_scope") {
      return `refused with ${error.status}, as expected: it lacks ${error.requiredScopes.join(", ")}`;
    }
    throw error;
  }
  throw new Error(
    "step 5 failed: a client holding only policy:read and rule:read was allowed to create a client",
  );
}

async function rotate(root: FidesClient, baseUrl: string, clientId: string): Promise<string> {
  try {
    const rotated = await root.oauth.rotateClientSecret(clientId);
    const renewed = new FidesClient({ baseUrl, clientId, clientSecret: rotated.client_secret });
    const token = await renewed.oauth.getAccessToken();
    return `Secret rotated: ${mask(rotated.client_secret)}; the new secret gets a token: ${mask(token)}`;
  } catch (error) {
    if (isFidesUnsupportedOperationError(error)) return `Secret rotation skipped: ${error.message}`;
    throw error;
  }
}

async function openTarget(io: CliIo): Promise<Target> {
  const set = ENV_NAMES.filter((name) => io.env[name]);
  if (set.length === ENV_NAMES.length) {
    return {
      baseUrl: io.env.FIDES_URL ?? "",
      rootClientId: io.env.FIDES_CLIENT_ID ?? "",
      rootClientSecret: io.env.FIDES_CLIENT_SECRET ?? "",
      description: "your Fides server",
      close: async () => undefined,
    };
  }
  if (set.length > 0) {
    const missing = ENV_NAMES.filter((name) => !io.env[name]);
    throw new UsageError(
      `${set.join(", ")} set but ${missing.join(", ")} not: set all three to run the demo on your server, or none for the embedded emulator`,
    );
  }
  // Loaded on demand: the other commands never need the emulator.
  const { startFidesEmulatorServer } = await import("../testing/server-entry.js");
  const server = await startFidesEmulatorServer();
  return {
    baseUrl: server.url,
    rootClientId: server.emulator.rootClientId,
    rootClientSecret: server.emulator.rootClientSecret,
    description: "the embedded Fides emulator",
    close: () => server.close(),
  };
}
