// The same limits over a real socket: undici (not MSW) inflates the gzip body here.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FidesClient } from "../../src/client.js";
import { FidesResponseValidationError } from "../../src/errors.js";
import { gzipOfZeros, meteredFetch } from "./body-fixtures.js";

const MiB = 1024 * 1024;
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

describe("body limits over a loopback socket", () => {
  it("cancels undici's inflation of a 200 MB gzip bomb just past 64 KiB", async () => {
    const bomb = await gzipOfZeros(200 * MiB);
    server = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      response.end(bomb);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const metered = meteredFetch();
    const sdk = new FidesClient({
      baseUrl: `http://127.0.0.1:${port}`,
      clientId: "a",
      clientSecret: "secret-0123456789",
      maxRetries: 0,
      // The real fetch, metered: what the client reads of the inflated body, and whether it cancelled.
      fetch: metered.fetch,
    });
    const error = await sdk.oauth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect((error as Error).message).toContain("larger than 64 KiB");
    expect(metered.meter.cancelled).toBe(true);
    expect(metered.meter.read).toBeLessThan(1 * MiB);
  });
});
