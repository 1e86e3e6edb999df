/** One request the SDK sent, as the transport saw it. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** the bearer token sent, if any (tests only; never printed) */
  readonly bearer: string | undefined;
}

/** A `fetch` for the SDK's `fetch` option that records what passes through to the real server. */
export function recordingFetch(): {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  sent: SentRequest[];
  tokenRequests: () => number;
} {
  const sent: SentRequest[] = [];
  return {
    sent,
    tokenRequests: () => sent.filter((request) => request.path.endsWith("/oauth/token")).length,
    async fetch(url, init) {
      const response = await globalThis.fetch(url, init);
      const authorization = new Headers(init.headers).get("authorization") ?? "";
      sent.push({
        method: init.method ?? "GET",
        path: new URL(url).pathname,
        status: response.status,
        bearer: authorization.startsWith("Bearer ") ? authorization.slice(7) : undefined,
      });
      return response;
    },
  };
}
