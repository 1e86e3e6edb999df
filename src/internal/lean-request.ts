/**
 * The request object openapi-fetch builds for each call (its `Request` option), without
 * undici's `Request`. openapi-fetch builds a `Request`, the middleware sets a header on it, and
 * `fetch(request)` then builds a second one inside undici, with its own `AbortController`,
 * header list and signal link. This keeps only what the middleware and `fetch` need (the URL,
 * the method, the `Headers` openapi-fetch already merged, the body and the redirect mode), so
 * each request is built once, by `fetch` itself.
 */
export class LeanRequest {
  /** The absolute URL. */
  readonly url: string;
  /** The upper-case method. */
  readonly method: string;
  /** The merged headers; the auth middleware sets `Authorization` here. */
  readonly headers: Headers;
  /** The serialised body (a string for JSON and form bodies), if any. */
  readonly body: BodyInit | null | undefined;
  /** The redirect mode; the token request asks for `"manual"`. */
  readonly redirect: RequestRedirect | undefined;

  /**
   * @param url the absolute URL openapi-fetch built
   * @param init openapi-fetch's request init (method, headers as `Headers`, body, redirect)
   */
  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body;
    this.redirect = init.redirect;
  }

  /**
   * The `fetch` init that sends this request.
   * @param signal the attempt's signal
   */
  toInit(signal: AbortSignal | undefined): RequestInit {
    const init: RequestInit = { method: this.method, headers: this.headers };
    if (this.body !== undefined && this.body !== null) init.body = this.body;
    if (this.redirect !== undefined) init.redirect = this.redirect;
    if (signal !== undefined) init.signal = signal;
    return init;
  }
}

/**
 * Sends what openapi-fetch built: a {@link LeanRequest} (typed as `Request` by openapi-fetch)
 * through a standard `fetch(url, init)`.
 * @param fetch the client's `fetch`
 * @param request what openapi-fetch built
 * @param signal the attempt's signal
 */
export function sendLean(
  fetch: (url: string, init: RequestInit) => Promise<Response>,
  request: Request,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const lean = request as unknown as LeanRequest;
  return fetch(lean.url, lean.toInit(signal));
}
