// Deliveries shaped exactly as real Fides sends them, byte for byte where it matters: the body is
// `SecondPartyRequestFormat(...).model_dump(mode="json")` serialised by `requests` (`json.dumps`:
// ", " and ": " separators, ASCII escapes), with the headers `requests` and `HTTPSConnector.execute`
// add, in their order. Read from the 2.78.2 / 2.82.2 / 2.86.2 sources
// (fides/api/models/privacy_request/privacy_request.py `trigger_policy_webhook` and
// `trigger_pre_approval_webhook`; fides/api/service/connectors/http_connector.py) and checked
// against deliveries captured from a real 2.86.2.
import { request } from "node:http";

/** Which headers a pre-approval delivery carries: 2.86.2 sends both pairs, 2.78.2 and 2.82.2 the deprecated one. */
export type HeaderEra = "2.86" | "2.82";

/** The kinds Fides sends. */
export type DeliveryKind = "pre-two-way" | "pre-one-way" | "post-two-way" | "post-one-way" | "pre-approval";

/** A JWE-shaped token like Fides's `reply-to-token` (`dir` / `A256GCM`). */
export const SAMPLE_TOKEN =
  "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..lN6I_OT4MUbz6txQ.RBqHDkiUt7Hd2t-WnZjxTw-_rizmZLCrZr0fwAAZqdzZePLN5Ck_rGiiUovalYkLncm1G277QP0c-Sff0t7bsr0DFdnNXw_dErXRFzM1isIawNz15Yf5rOTxm5w3hb5IpQ5JbJ7S3Un5Lfle1lZwoTDE6R3MKJIpi3olEI3q3idS8rkOfA.brOIO16__y2gLBalDQKV3g";

/**
 * `datetime.utcnow().isoformat()` at this epoch millisecond: naive, with microseconds, or none at
 * all when they are zero (as Python writes it).
 */
export function naiveUtc(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-12-04T16:00:35.261Z
  return ms % 1000 === 0 ? iso.slice(0, 19) : `${iso.slice(0, 23)}000`;
}

/** Python's `json.dumps` with its default separators and `ensure_ascii`. */
export function pythonJson(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  if (typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonJson(key)}: ${pythonJson(item)}`)
    .join(", ")}}`;
}

/** What varies between deliveries. */
export interface DeliveryFacts {
  kind: DeliveryKind;
  requestId?: string;
  /** Epoch ms the body's `timestamp` names. */
  sentAt: number;
  email?: string;
  policyAction?: "access" | "erasure" | "consent" | "update" | null;
}

const STATUS: Record<DeliveryKind, string> = {
  "pre-two-way": "in_processing",
  "pre-one-way": "in_processing",
  "post-two-way": "in_processing",
  "post-one-way": "in_processing",
  "pre-approval": "awaiting_pre_approval",
};

/** The body object, keys in the server's order. */
export function deliveryBody(facts: DeliveryFacts): Record<string, unknown> {
  const id = facts.requestId ?? "pri_ad859f53-3b9a-4919-89a3-541d5f6f3f88";
  const [callbackType, direction] =
    facts.kind === "pre-approval"
      ? ["pre_approval", "two_way"]
      : [facts.kind.split("-")[0], facts.kind.endsWith("two-way") ? "two_way" : "one_way"];
  const status = STATUS[facts.kind];
  return {
    privacy_request_id: id,
    privacy_request_status: status,
    direction,
    callback_type: callbackType,
    identity: {
      phone_number: null,
      email: facts.email ?? "subject@example.com",
      ga_client_id: null,
      ljt_readerID: null,
      fides_user_device_id: null,
      external_id: null,
    },
    policy_action: facts.policyAction === undefined ? "erasure" : facts.policyAction,
    privacy_request: {
      id,
      external_id: null,
      status,
      requested_at: "2026-12-04T16:00:34.990916+00:00",
      started_processing_at: "2026-12-04T16:00:35.198077+00:00",
      finished_processing_at: null,
      reviewed_at: null,
      reviewed_by: null,
      finalized_at: null,
      finalized_by: null,
      submitted_by: null,
      custom_privacy_request_fields_approved_by: null,
      identity_verified_at: null,
      custom_privacy_request_fields_approved_at: null,
      client_id: null,
      origin: null,
      policy_id: "pol_b5a37cab-c2d5-4af3-8c60-1a8eccc13938",
      policy: {
        id: "pol_b5a37cab-c2d5-4af3-8c60-1a8eccc13938",
        name: "cap 2btn1a",
        key: "cap_2btn1a",
        drp_action: null,
        execution_timeframe: null,
        client_id: null,
        rules: [
          {
            id: "rul_69900bb7-991b-44f3-8c07-97cdffa82f72",
            name: "erase 2btn1a",
            key: "erase_2btn1a",
            action_type: "erasure",
            masking_strategy: { strategy: "null_rewrite", configuration: {} },
            storage_destination_id: null,
          },
        ],
      },
      property_id: null,
      cancel_reason: null,
      canceled_at: null,
      consent_preferences: null,
      source: null,
      paused_at: null,
      due_date: null,
      days_left: null,
      custom_fields: null,
      location: null,
    },
    timestamp: naiveUtc(facts.sentAt),
  };
}

/** The headers `HTTPSConnector.execute` adds for this kind (without `Authorization`), in order. */
export function replyHeaders(kind: DeliveryKind, requestId: string, era: HeaderEra, token = SAMPLE_TOKEN) {
  if (kind === "pre-two-way")
    return [
      ["reply-to", `/privacy-request/${requestId}/resume`],
      ["reply-to-token", token],
    ];
  if (kind !== "pre-approval") return [];
  const eligible = `/privacy-request/${requestId}/pre-approve/eligible`;
  const notEligible = `/privacy-request/${requestId}/pre-approve/not-eligible`;
  return [
    ...(era === "2.86"
      ? [
          ["reply-to-eligible", eligible],
          ["reply-to-not-eligible", notEligible],
        ]
      : []),
    ["reply-to-approve", eligible],
    ["reply-to-deny", notEligible],
    ["reply-to-token", token],
  ];
}

/** One delivery on the wire. */
export interface WireDelivery {
  headers: [string, string][];
  body: string;
}

/**
 * A whole delivery as Fides sends it: `requests`' own headers, then `Authorization`, the reply
 * headers, `Content-Length` and `Content-Type`.
 */
export function fidesDelivery(
  facts: DeliveryFacts & { authorization: string; era?: HeaderEra; token?: string },
): WireDelivery {
  const body = pythonJson(deliveryBody(facts));
  const id = facts.requestId ?? "pri_ad859f53-3b9a-4919-89a3-541d5f6f3f88";
  return {
    headers: [
      ["User-Agent", "python-requests/2.33.1"],
      ["Accept-Encoding", "gzip, deflate"],
      ["Accept", "*/*"],
      ["Connection", "keep-alive"],
      ["Authorization", facts.authorization],
      ...(replyHeaders(facts.kind, id, facts.era ?? "2.86", facts.token) as [string, string][]),
      ["Content-Length", String(Buffer.byteLength(body))],
      ["Content-Type", "application/json"],
    ],
    body,
  };
}

/** What a receiver answered. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/**
 * POSTs a delivery over real loopback HTTP, headers as given (node:http, so nothing is added but
 * `Host`), and reads the answer. A connection the receiver closes early still resolves.
 */
export function post(url: string, delivery: WireDelivery, method = "POST"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    // An object, not a raw array: with a raw array node:http adds Transfer-Encoding beside Content-Length.
    const headers = Object.fromEntries(delivery.headers);
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.end(delivery.body);
  });
}
