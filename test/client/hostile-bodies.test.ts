// Success bodies under the call's deadline and a byte limit (issue 21 points 1 to 3), over real
// loopback sockets: a trickling body, an endless one, and uploads of every kind.

import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { FidesResponseValidationError, FidesTimeoutError } from "../../src/errors.js";
import { failure } from "./fixtures.js";
import { loopback, useLoopback } from "./loopback.js";

useLoopback();

/** Writes one byte every `everyMs`, forever (until the client goes away). */
function trickle(response: ServerResponse, everyMs = 50): void {
  response.writeHead(200, { "Content-Type": "application/json" });
  response.write("[");
  const timer = setInterval(() => response.write(" "), everyMs);
  response.on("close", () => clearInterval(timer));
}

/** Writes 64 KiB chunks as fast as the socket takes them, forever. */
function endless(response: ServerResponse): void {
  response.writeHead(200, { "Content-Type": "application/json" });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const pump = (): void => {
    while (!response.destroyed && response.write(chunk)) {}
  };
  response.on("drain", pump);
  pump();
}

type AnyPaths = Record<string, { get: { responses: { 200: { content: { "application/json": unknown } } } } }>;

describe("a success body that trickles", () => {
  it("ends sdk.fetch's body read at the call's timeoutMs with FidesTimeoutError", async () => {
    const server = await loopback({ "GET /api/v1/slow": (_request, response) => trickle(response) });
    const sdk = server.client({ timeoutMs: 600 });
    const started = performance.now();
    const response = await sdk.fetch("/api/v1/slow");
    const error = await failure(response.text());
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(error.message).toBe("GET /api/v1/slow timed out after 600 ms while the response body was read");
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("ends sdk.api()'s call at its timeoutMs with FidesTimeoutError", async () => {
    const server = await loopback({ "GET /api/v1/slow": (_request, response) => trickle(response) });
    const api = server.client().api<AnyPaths>({ timeoutMs: 600 });
    const started = performance.now();
    const error = await failure(api.GET("/api/v1/slow"));
    expect(error).toBeInstanceOf(FidesTimeoutError);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("leaves sdk.fetch's body readable after the call returned, within the deadline", async () => {
    const server = await loopback({
      "GET /api/v1/fast": (_request, response) => {
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end('{"ok":true}');
      },
    });
    const response = await server.client({ timeoutMs: 2000 }).fetch("/api/v1/fast");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe("a success body without end", () => {
  it("stops sdk.api() at its default limit of 32 MiB", async () => {
    const server = await loopback({ "GET /api/v1/endless": (_request, response) => endless(response) });
    const api = server.client({ timeoutMs: 20_000 }).api<AnyPaths>();
    const error = await failure(api.GET("/api/v1/endless"));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.message).toContain("larger than 32 MiB");
    expect(error.message).toContain("maxBodyBytes");
  });

  it("stops sdk.api() at the maxBodyBytes it was given", async () => {
    const server = await loopback({ "GET /api/v1/endless": (_request, response) => endless(response) });
    const api = server.client().api<AnyPaths>({ maxBodyBytes: 1024 * 1024 });
    const error = await failure(api.GET("/api/v1/endless"));
    expect(error).toBeInstanceOf(FidesResponseValidationError);
    expect(error.message).toContain("larger than 1 MiB");
  });

  it("refuses a maxBodyBytes that is not a positive integer", async () => {
    const server = await loopback({});
    const sdk = server.client();
    for (const maxBodyBytes of [0, -1, 1.5, Number.NaN, "1024"]) {
      expect(() => sdk.api({ maxBodyBytes: maxBodyBytes as number })).toThrow(TypeError);
    }
  });
});

describe("uploads through sdk.api()", () => {
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  type UploadPaths = Record<
    string,
    {
      post: {
        requestBody: { content: Record<string, unknown> };
        responses: { 200: { content: { "application/json": unknown } } };
      };
    }
  >;

  async function echoServer() {
    const received: { type: string | undefined; body: Buffer }[] = [];
    const server = await loopback({
      "POST /api/v1/upload": (request, response, body) => {
        received.push({ type: request.headers["content-type"], body });
        response.writeHead(200, { "Content-Type": "application/json" });
        response.end("{}");
      },
    });
    return { server, received };
  }

  it("sends 256 bytes 0x00 to 0xFF as application/octet-stream byte for byte", async () => {
    const { server, received } = await echoServer();
    const api = server.client().api<UploadPaths>();
    await api.POST("/api/v1/upload", {
      body: bytes as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { "Content-Type": "application/octet-stream" },
    });
    expect(received[0]?.type).toBe("application/octet-stream");
    expect([...(received[0]?.body ?? [])]).toEqual([...bytes]);
  });

  it("sends a multipart file of 256 bytes byte for byte", async () => {
    const { server, received } = await echoServer();
    const api = server.client().api<UploadPaths>();
    const form = new FormData();
    form.set("file", new Blob([bytes], { type: "application/octet-stream" }), "bytes.bin");
    await api.POST("/api/v1/upload", {
      body: form as never,
      bodySerializer: (body: unknown) => body as BodyInit,
    });
    const { type, body } = received[0] ?? { type: "", body: Buffer.alloc(0) };
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const start = body.indexOf("\r\n\r\n") + 4;
    expect([...body.subarray(start, start + 256)]).toEqual([...bytes]);
    expect(body.subarray(start + 256, start + 258).toString("latin1")).toBe("\r\n");
  });

  it("sends JSON and a form as the server reads them", async () => {
    const { server, received } = await echoServer();
    const api = server.client().api<UploadPaths>();
    await api.POST("/api/v1/upload", { body: { name: "Zoë", bytes: [0, 255] } as never });
    await api.POST("/api/v1/upload", {
      body: new URLSearchParams({ a: "é&=" }) as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(received[0]?.type).toBe("application/json");
    expect(JSON.parse(received[0]?.body.toString("utf8") ?? "")).toEqual({ name: "Zoë", bytes: [0, 255] });
    expect(received[1]?.type).toBe("application/x-www-form-urlencoded");
    expect(received[1]?.body.toString("utf8")).toBe("a=%C3%A9%26%3D");
  });
});
