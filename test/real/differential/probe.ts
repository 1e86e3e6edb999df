/** One raw HTTP request, replayed against the real server and the emulator alike. */
export interface Probe {
  /** unique within a list; names the probe in differences and in the allow-list */
  readonly name: string;
  readonly method: string;
  /** may hold `{name}` placeholders for captured ids */
  readonly path: string;
  /** a captured token to send as `Authorization: Bearer …` */
  readonly auth?: string;
  /** literal headers (placeholders allowed), e.g. a malformed Authorization */
  readonly headers?: Readonly<Record<string, string>>;
  /** a JSON body (string values may hold placeholders) */
  readonly json?: unknown;
  /** a raw body, sent as is */
  readonly raw?: string;
  /** a form body (`application/x-www-form-urlencoded`), values may hold placeholders */
  readonly form?: Readonly<Record<string, string>>;
  /**
   * Keep what the answer holds under this name: `client_id`/`client_secret` as `{name}` and
   * `{name.secret}`, an `access_token` as `{name.token}`.
   */
  readonly capture?: string;
}

/** What one server answered, before normalising. */
export interface Observed {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** The ids, secrets and tokens one target has handed out so far, by name. */
export type Captures = Map<string, string>;

const fill = (text: string, captures: Captures): string =>
  text.replace(/\{([a-z0-9.]+)\}/gi, (whole, name: string) => captures.get(name) ?? whole);

function fillJson(value: unknown, captures: Captures): unknown {
  if (typeof value === "string") return fill(value, captures);
  if (Array.isArray(value)) return value.map((item) => fillJson(item, captures));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, captures)]));
  }
  return value;
}

/**
 * Sends one probe to a server and records what it captures.
 * @param baseUrl the server
 * @param extraHeaders sent with every probe (the rate-limit client address)
 */
export async function sendProbe(
  baseUrl: string,
  probe: Probe,
  captures: Captures,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<Observed> {
  const headers = new Headers(extraHeaders);
  for (const [name, value] of Object.entries(probe.headers ?? {})) headers.set(name, fill(value, captures));
  if (probe.auth !== undefined) {
    const token = captures.get(`${probe.auth}.token`);
    if (token === undefined) throw new Error(`probe "${probe.name}": no token captured as "${probe.auth}"`);
    headers.set("authorization", `Bearer ${token}`);
  }
  let body: string | undefined;
  if (probe.json !== undefined) {
    body = JSON.stringify(fillJson(probe.json, captures));
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  } else if (probe.form !== undefined) {
    body = new URLSearchParams(
      Object.entries(probe.form).map(([key, value]) => [key, fill(value, captures)]),
    ).toString();
    if (!headers.has("content-type")) headers.set("content-type", "application/x-www-form-urlencoded");
  } else if (probe.raw !== undefined) {
    body = probe.raw;
  }
  const response = await fetch(`${baseUrl}${fill(probe.path, captures)}`, {
    method: probe.method,
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  if (probe.capture !== undefined && response.ok) {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (typeof parsed.access_token === "string") captures.set(`${probe.capture}.token`, parsed.access_token);
    if (typeof parsed.client_id === "string") captures.set(probe.capture, parsed.client_id);
    if (typeof parsed.client_secret === "string")
      captures.set(`${probe.capture}.secret`, parsed.client_secret);
  }
  return { status: response.status, headers: response.headers, text };
}
