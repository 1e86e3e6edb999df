import type { StoredConnection, StoredRequest } from "../state/privacy.js";

/** What a receiver answered: its status and, for a two-way webhook, its parsed JSON. */
export type DeliveryOutcome =
  | { readonly ok: true; readonly status: number; readonly json: unknown }
  /** no answer, a non-2xx answer, or a two-way answer that is not JSON */
  | { readonly ok: false; readonly status: number };

/** One webhook call, as Fides's HTTPS connector makes it. */
export interface Delivery {
  readonly connection: StoredConnection;
  readonly request: StoredRequest;
  readonly body: Record<string, unknown>;
  /** `reply-to`, `reply-to-token`, the pre-approval reply headers */
  readonly headers: Readonly<Record<string, string>>;
  /** whether the answer is read (`two_way`) */
  readonly responseExpected: boolean;
}

/**
 * POSTs a delivery as Fides does: a JSON body, `Authorization` set to the connection secret's
 * value verbatim, the reply headers; no timeout (Fides waits as long as the receiver takes).
 * `fetch` is looked up at call time, so an MSW server installed later still receives it.
 * @param delivery the call to make
 * @returns the receiver's answer; never throws
 */
export async function deliver(delivery: Delivery): Promise<DeliveryOutcome> {
  const secrets = delivery.connection.secrets;
  if (secrets === undefined) return { ok: false, status: 0 };
  const headers: Record<string, string> = { "content-type": "application/json", ...delivery.headers };
  if (secrets.authorization !== null) headers.authorization = secrets.authorization;
  let response: Response;
  try {
    response = await globalThis.fetch(secrets.url, {
      method: "POST",
      headers,
      body: JSON.stringify(delivery.body),
      redirect: "manual",
    });
  } catch {
    return { ok: false, status: 0 };
  }
  const text = await boundedText(response);
  if (response.status < 200 || response.status > 299) return { ok: false, status: response.status };
  if (!delivery.responseExpected) return { ok: true, status: response.status, json: undefined };
  if (text === undefined) return { ok: false, status: response.status };
  try {
    return { ok: true, status: response.status, json: JSON.parse(text) };
  } catch {
    return { ok: false, status: response.status };
  }
}

/** The most of a receiver's answer the emulator reads; a longer one counts as a failed call. */
const ANSWER_LIMIT = 1024 * 1024;

/** The answer's text, or `undefined` when it is longer than {@link ANSWER_LIMIT} bytes or unreadable. */
async function boundedText(response: Response): Promise<string | undefined> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > ANSWER_LIMIT) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(read.value);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The URL as the delivery log shows it: without any user name or password in it. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return "";
  }
}
