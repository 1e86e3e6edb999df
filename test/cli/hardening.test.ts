// The CLI facing a careless user and a hostile or silent server, as a child process: secrets stay
// off the command line, what the server says cannot drive the terminal, every flag reaches the
// SDK, a URL ending in /api/v1 is explained, and --timeout ends the whole command.
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFidesEmulatorServer } from "../../src/testing/server-entry.js";
import { builtCli, type CliResult, fidesEnv, ROOT } from "./spawn-cli.js";

type Emulator = Awaited<ReturnType<typeof startFidesEmulatorServer>>;
let cli: Awaited<ReturnType<typeof builtCli>>;
let server: Emulator;
const ROOT_SECRET = "hardening-root-secret-5b7e";

beforeAll(async () => {
  cli = await builtCli("hardening");
  server = await startFidesEmulatorServer({ rootClientSecret: ROOT_SECRET });
});
afterAll(async () => {
  cli?.remove();
  await server?.close();
});

/** A server of its own, so that other tests' requests do not show in its log. */
async function withQuietServer(test: (quiet: Emulator) => Promise<void>): Promise<void> {
  const quiet = await startFidesEmulatorServer({ rootClientSecret: ROOT_SECRET });
  try {
    await test(quiet);
  } finally {
    await quiet.close();
  }
}

/** A TCP server that accepts connections and never answers, counting the requests it receives. */
async function silentServer(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const net: NetServer = createNetServer((socket) => {
    sockets.add(socket);
    socket.once("data", () => count++);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => net.listen(0, "127.0.0.1", resolve));
  const address = net.address();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests: () => count,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => net.close(resolve));
    },
  };
}

/** An HTTP server that answers every request with one status and JSON body. */
async function answeringServer(
  status: number,
  body: unknown,
): Promise<{ url: string; close(): Promise<void> }> {
  const http: HttpServer = createHttpServer((_request, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const address = http.address();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}

function errorLine(result: CliResult, code: number): string {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code, stdout: "" });
  const line = result.stderr.split("\n")[0] ?? "";
  return line;
}

describe.concurrent("secrets stay off the command line", () => {
  it("refuses --client-secret with a value, with exit 2, saying how to pass it, never echoing it", async () => {
    await withQuietServer(async (quiet) => {
      const typed = "typed-on-the-command-line-77aa";
      const result = await cli.run(["token", "--client-secret", typed], {
        env: { FIDES_URL: quiet.url, FIDES_CLIENT_ID: quiet.emulator.rootClientId },
      });
      const line = errorLine(result, 2);
      expect(line).toContain("--client-secret would put the secret on the command line");
      expect(line).toContain(
        "set FIDES_CLIENT_SECRET, or pass --client-secret-file PATH or --client-secret-stdin",
      );
      expect(result.stderr).not.toContain(typed);
      expect(quiet.emulator.requests()).toEqual([]);
    });
  });

  it("reads the secret from standard input for --client-secret - and --client-secret-file -", async () => {
    const env = { FIDES_URL: server.url, FIDES_CLIENT_ID: server.emulator.rootClientId };
    const results = await Promise.all([
      cli.run(["token", "--client-secret", "-"], { env, stdin: `${ROOT_SECRET}\n` }),
      cli.run(["token", "--client-secret-file", "-"], { env, stdin: ROOT_SECRET }),
    ]);
    for (const result of results) {
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout.trim()).toMatch(/^\S+$/);
    }
  });
});

describe.concurrent("what the server says is printed safely", () => {
  it("strips terminal escapes and newlines from an error detail, bounds its length and hides URL passwords", async () => {
    const hostile = `\u001b]0;owned\u0007\u001b[2J\u001b[31mred\nsecond line\r\u009b1mfake prompt$ ${"x".repeat(3000)} see http://admin:hunter2-pass@internal.example/`;
    const hostileServer = await answeringServer(400, { detail: hostile });
    try {
      const result = await cli.run(["token"], {
        env: fidesEnv(hostileServer.url, "someone", "s3cret-value"),
      });
      expect(result.code).toBe(1);
      expect(result.stderr.endsWith("\n")).toBe(true);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain("getting an access token (POST /api/v1/oauth/token) failed: 400");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
      expect(result.stderr.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(result.stderr.length).toBeLessThanOrEqual("fides-oauth: ".length + 500 + 1);
      expect(result.stderr).not.toContain("hunter2");
    } finally {
      await hostileServer.close();
    }
  });

  it("hides the password of a URL whose error the server quotes, even when it is long", async () => {
    const hostileServer = await answeringServer(500, {
      detail: "upstream https://svc:p4ssw0rd-leak@db.internal failed",
    });
    try {
      const result = await cli.run(["token"], {
        env: fidesEnv(hostileServer.url, "someone", "s3cret-value"),
      });
      const line = errorLine(result, 1);
      expect(line).toContain("https://svc:****@db.internal");
      expect(result.stderr).not.toContain("p4ssw0rd-leak");
    } finally {
      await hostileServer.close();
    }
  });

  it("prints names and descriptions the server chose without escapes or extra lines, in tables and JSON", async () => {
    const made = server.emulator.addClient({
      scopes: ["policy:read"],
      name: "evil\u001b[2J\u001b]0;title\u0007\nFIDES_URL=http://attacker",
      description: "\u009b31mred\u202eevil",
    });
    const env = fidesEnv(server.url, server.emulator.rootClientId, ROOT_SECRET);
    const [fields, json] = await Promise.all([
      cli.run(["clients", "get", made.client_id], { env }),
      cli.run(["clients", "get", made.client_id, "--json"], { env }),
    ]);
    expect(fields.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(fields.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(fields.stdout).not.toMatch(/^FIDES_URL=/m);
    expect(fields.stdout).toMatch(/^name:\s+evil FIDES_URL=http:\/\/attacker$/m);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json.stdout)).toMatchObject({ description: "\u009b31mred\u202eevil" });
  });
});

describe.concurrent("flags reach the SDK, and its errors name the flags", () => {
  it("--allow-unknown-scopes sends a scope this CLI does not know, and the server decides", async () => {
    await withQuietServer(async (quiet) => {
      const env = fidesEnv(quiet.url, quiet.emulator.rootClientId, ROOT_SECRET);
      const [refused, sent] = await Promise.all([
        cli.run(["clients", "create", "--scope", "brand-new:scope"], { env }),
        cli.run(["clients", "create", "--scope", "brand-new:scope", "--allow-unknown-scopes"], { env }),
      ]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('"brand-new:scope" is not a Fides scope');
      expect(refused.stderr).toContain("--allow-unknown-scopes");
      const line = errorLine(sent, 1);
      expect(line).toContain("creating a client (POST /api/v1/oauth/client) failed: 403");
      expect(line).toContain("this server does not know brand-new:scope");
      expect(quiet.emulator.requests().map((request) => `${request.method} ${request.path}`)).toContain(
        "POST /api/v1/oauth/client",
      );
    });
  });

  it("names --allow-insecure-http and the URL's source, not the SDK's options, for plain http off loopback", async () => {
    const [flag, env] = await Promise.all([
      cli.run(["token", "--url", "http://192.0.2.1:9"], {
        env: { FIDES_CLIENT_ID: "id", FIDES_CLIENT_SECRET: "s" },
      }),
      cli.run(["bootstrap", "--scope", "policy:read"], { env: fidesEnv("http://192.0.2.1:9", "id", "s") }),
    ]);
    for (const result of [flag, env]) {
      const line = errorLine(result, 2);
      expect(line).toContain("pass --allow-insecure-http");
      expect(line).not.toContain("options.");
    }
    expect(flag.stderr).toContain("--url uses plain http: to 192.0.2.1");
    expect(env.stderr).toContain("FIDES_URL uses plain http: to 192.0.2.1");
  });

  it("bootstrap honours --allow-insecure-http and --timeout", async () => {
    // TEST-NET-1 never answers: with both flags reaching the SDK, the command tries, then gives up
    // within its --timeout (exit 1); before, it refused plain http (exit 2), or waited minutes.
    const result = await cli.run(
      ["bootstrap", "--scope", "policy:read", "--allow-insecure-http", "--timeout", "1"],
      { env: fidesEnv("http://192.0.2.1:9", "id", "secret-of-root-1234") },
    );
    const line = errorLine(result, 1);
    expect(line).not.toContain("allow-insecure-http");
    expect(line).not.toContain("secret-of-root-1234");
  });

  it("rewords the SDK's refusal of a URL holding credentials, never echoing the password", async () => {
    const result = await cli.run(["token", "--debug", "--url", "http://user:pw-leak-9f@127.0.0.1:9"], {
      env: { FIDES_CLIENT_ID: "id", FIDES_CLIENT_SECRET: "secret-value-abcd" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--url must not hold credentials");
    expect(result.stderr).not.toContain("pw-leak-9f");
    expect(result.stderr).not.toContain("secret-value-abcd");
  });
});

describe.concurrent("a base URL ending in /api/v1", () => {
  it("is refused before any request, saying the path would be doubled and which URL to use", async () => {
    await withQuietServer(async (quiet) => {
      const env = { FIDES_CLIENT_ID: quiet.emulator.rootClientId, FIDES_CLIENT_SECRET: ROOT_SECRET };
      const [flag, variable] = await Promise.all([
        cli.run(["clients", "list", "--url", `${quiet.url}/api/v1/`], { env }),
        cli.run(["health"], { env: { ...env, FIDES_URL: `${quiet.url}/api/v1` } }),
      ]);
      expect(errorLine(flag, 2)).toBe(
        `fides-oauth: --url ends in /api/v1, which fides-oauth adds itself, so every request would go to /api/v1/api/v1/…; give the server's root instead: ${quiet.url}`,
      );
      expect(errorLine(variable, 2)).toContain(`FIDES_URL ends in /api/v1`);
      expect(quiet.emulator.requests()).toEqual([]);
    });
  });
});

describe.concurrent("--version and --timeout", () => {
  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { version: string };
    const result = await cli.run(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `fides-oauth ${version}\n`, stderr: "" });
  });

  it.each([[["token"]], [["bootstrap", "--scope", "policy:read"]], [["clients", "list"]], [["health"]]])(
    "%j ends by itself within --timeout against a server that never answers",
    async (args) => {
      const silent = await silentServer();
      try {
        const result = await cli.run([...args, "--timeout", "1"], {
          env: fidesEnv(silent.url, "id", "silent-secret-0123"),
        });
        // The child is killed after 15 s (code null): exiting 1 on its own is the proof.
        const line = errorLine(result, 1);
        expect(line).toMatch(/within (--timeout )?1 s/);
        expect(line).toContain("raise --timeout");
        expect(line).not.toContain("silent-secret-0123");
      } finally {
        await silent.close();
      }
    },
  );

  it.each([["health"], ["token"]])(
    "counts retries inside the deadline: %s sends one request to a silent server, then stops",
    async (command) => {
      const silent = await silentServer();
      try {
        const result = await cli.run([command, "--timeout", "1"], {
          env: fidesEnv(silent.url, "id", "silent-secret-4567"),
        });
        expect(errorLine(result, 1)).toContain(`${command} did not finish within --timeout 1 s`);
        // Without the deadline on every call, the attempt's timeout leads to a retry, then another.
        expect(silent.requests()).toBe(1);
      } finally {
        await silent.close();
      }
    },
  );
});

describe.concurrent("fides-oauth api, facing a hostile or silent route", () => {
  it("prints a body inert for a terminal, keeping valid JSON byte for byte", async () => {
    await withQuietServer(async (quiet) => {
      // JSON.stringify leaves C1 controls and bidirectional overrides raw: the CLI escapes them.
      quiet.route("GET", "/api/v1/tricky-json", { scopes: [] }, () => ({
        status: 200,
        json: { name: "café", note: "\u009b31m\u202eevil" },
      }));
      const env = fidesEnv(quiet.url, quiet.emulator.rootClientId, ROOT_SECRET);
      const result = await cli.run(["api", "GET", "/api/v1/tricky-json"], { env });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout).toBe('{"name":"café","note":"\\u009b31m\\u202eevil"}\n');
      expect(JSON.parse(result.stdout)).toEqual({ name: "café", note: "\u009b31m\u202eevil" });
    });
  });

  it("strips the control characters of a body that is not JSON", async () => {
    const http: HttpServer = createHttpServer((request, response) => {
      if (request.url === "/api/v1/oauth/token") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ access_token: "raw-server-token", token_type: "bearer", expires_in: 3600 }),
        );
        return;
      }
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("before\u001b[2J\u001b]0;owned\u0007\rafter\nline two\u0000\n");
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const address = http.address();
    if (typeof address !== "object" || address === null) throw new Error("no port");
    try {
      const url = `http://127.0.0.1:${address.port}`;
      const result = await cli.run(["api", "GET", "/api/v1/anything"], {
        env: fidesEnv(url, "id", "raw-secret"),
      });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(result.stdout).toBe("before[2J]0;ownedafter\nline two\n");
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  it("ends within --timeout when a route never answers", async () => {
    await withQuietServer(async (quiet) => {
      quiet.route("GET", "/api/v1/never", { scopes: [] }, () => new Promise(() => undefined));
      const env = fidesEnv(quiet.url, quiet.emulator.rootClientId, ROOT_SECRET);
      const result = await cli.run(["api", "GET", "/api/v1/never", "--timeout", "1"], { env });
      expect(errorLine(result, 1)).toContain("api did not finish within --timeout 1 s");
    });
  });
});
