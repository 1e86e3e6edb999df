import type { Captures, Observed } from "./probe.js";

/** An answer with everything random replaced, so two servers' answers can be compared. */
export interface Normalised {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

/** The headers a client acts on; the others (date, server, content-length, vary) are not compared. */
const COMPARED_HEADERS = [
  "content-type",
  "allow",
  "www-authenticate",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "content-encoding",
] as const;

/** Headers whose value is a time or an id: compared by shape. */
const SHAPED_HEADERS: Readonly<Record<string, ReadonlyArray<[RegExp, string]>>> = {
  "retry-after": [
    [/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/, "<http-date -0000>"],
    [/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/, "<http-date GMT>"],
    [/^\d+$/, "<seconds>"],
  ],
  "x-ratelimit-reset": [[/^\d+(\.\d+)?$/, "<epoch seconds>"]],
  "x-request-id": [[/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "<uuid>"]],
};

function scrub(text: string, captures: Captures): string {
  let result = text;
  const known = [...captures.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [name, value] of known) result = result.split(value).join(`<${name}>`);
  return result
    .replace(/eyJ[\w-]*\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+/g, "<token>")
    .replace(/\b[0-9a-f]{32}\b/g, "<hex>")
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?/g, "<datetime>");
}

function scrubJson(value: unknown, captures: Captures): unknown {
  if (typeof value === "string") return scrub(value, captures);
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, captures));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubJson(item, captures)]));
  }
  return value;
}

/**
 * Normalises an answer: ids, secrets and tokens become `<name>` (or `<hex>`/`<token>` when not
 * captured), timestamps `<datetime>`; a JSON body is parsed, an HTML page is `<html>`.
 */
export function normalise(observed: Observed, captures: Captures): Normalised {
  const type = observed.headers.get("content-type") ?? "";
  let body: unknown;
  if (type.includes("json")) {
    try {
      body = scrubJson(JSON.parse(observed.text), captures);
    } catch {
      body = `<invalid json> ${scrub(observed.text, captures)}`;
    }
  } else if (type.includes("html")) {
    body = "<html>";
  } else {
    body = scrub(observed.text, captures);
  }
  const headers: Record<string, string> = {};
  for (const name of COMPARED_HEADERS) {
    const value = observed.headers.get(name);
    if (value !== null) headers[name] = value.replace(/\s+/g, "").toLowerCase();
  }
  for (const [name, shapes] of Object.entries(SHAPED_HEADERS)) {
    const value = observed.headers.get(name);
    if (value !== null) headers[name] = shapes.find(([shape]) => shape.test(value))?.[1] ?? value;
  }
  return { status: observed.status, body, headers };
}

/** One way a real answer and the emulator's differ. */
export interface Difference {
  readonly probe: string;
  /** "status", "body" or "header <name>" */
  readonly field: string;
  readonly real: unknown;
  readonly emulator: unknown;
}

/** Every field in which two normalised answers differ. */
export function compare(probe: string, real: Normalised, emulator: Normalised): Difference[] {
  const differences: Difference[] = [];
  if (real.status !== emulator.status) {
    differences.push({ probe, field: "status", real: real.status, emulator: emulator.status });
  }
  if (JSON.stringify(real.body) !== JSON.stringify(emulator.body)) {
    differences.push({ probe, field: "body", real: real.body, emulator: emulator.body });
  }
  const names = new Set([...Object.keys(real.headers), ...Object.keys(emulator.headers)]);
  for (const name of [...names].sort()) {
    if (real.headers[name] !== emulator.headers[name]) {
      differences.push({
        probe,
        field: `header ${name}`,
        real: real.headers[name],
        emulator: emulator.headers[name],
      });
    }
  }
  return differences;
}
