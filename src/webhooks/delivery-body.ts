import * as z from "zod/mini";

/**
 * The body Fides POSTs to a webhook (its `SecondPartyRequestFormat`, the same in 2.78.2, 2.82.2
 * and 2.86.2): checked field by field, with messages that name the field and never quote a value.
 * Unknown fields are kept (a newer Fides may add some); the fields every delivery depends on are
 * strict. Each kind's schema is built on its first delivery (`z.lazy`), not when the receiver loads.
 */

// A missing field says so; a wrong one says what it must be. Neither quotes the value.
const error = (text: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is missing" : text;
const str = (text = "must be a string") => z.string({ error: error(text) });
const nullableString = () => z.nullable(str("must be a string or null"));

/** A privacy request id as Fides makes them (`pri_<uuid>`): one safe path segment. */
const REQUEST_ID = /^[A-Za-z0-9_-]{1,128}$/;
/**
 * `datetime.utcnow().isoformat()`: naive, meaning UTC. A `Z` or `+00:00` suffix is accepted too,
 * in case a later release adds one; any other offset is refused rather than guessed at.
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|\+00:00)?$/;

/**
 * Reads Fides's naive UTC timestamp as epoch milliseconds, or `undefined` when it is not one.
 * @param text the body's `timestamp`
 */
export function parseNaiveUtc(text: string): number | undefined {
  const match = TIMESTAMP.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction = ""] = match.map((part) => part ?? "");
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(fraction.padEnd(3, "0").slice(0, 3)),
  );
  const date = new Date(ms);
  // Date.UTC rolls "02-31" over into March: a date that does not round-trip is not a date.
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1) return undefined;
  return ms;
}

const requestId = () =>
  str().check(z.regex(REQUEST_ID, { error: "must be a privacy request id (letters, digits, _ and -)" }));

/** The identity Fides knows for the request: `email`, `phone_number` and any custom identity. */
const identity = () =>
  z.pipe(
    z.record(z.string(), z.unknown(), { error: "must be a JSON object" }),
    z.looseObject({
      email: z.optional(nullableString()),
      phone_number: z.optional(nullableString()),
    }),
  );

const common = () => ({
  privacy_request_id: requestId(),
  privacy_request_status: str(),
  identity: identity(),
  policy_action: z.nullable(
    z.enum(["access", "consent", "erasure", "update"], {
      error: 'must be "access", "consent", "erasure", "update" or null',
    }),
  ),
  privacy_request: z.looseObject({ id: z.optional(requestId()) }, { error: "must be a JSON object" }),
  timestamp: str().check(
    z.refine((text) => parseNaiveUtc(text) !== undefined, {
      error: "must be an ISO 8601 date and time in UTC",
    }),
  ),
});

const shape = <C extends string, D extends string>(callbackType: C, direction: D) =>
  z
    .looseObject(
      {
        ...common(),
        callback_type: z.literal(callbackType, { error: error(`must be "${callbackType}" here`) }),
        direction: z.literal(direction, { error: error(`must be "${direction}" here`) }),
      },
      { error: "must be a JSON object" },
    )
    .check(
      z.refine(
        (body) =>
          body.privacy_request.id === undefined || body.privacy_request.id === body.privacy_request_id,
        {
          error: 'must name the same request as "privacy_request_id"',
          path: ["privacy_request", "id"],
        },
      ),
    );

const preApproval = z.lazy(() => shape("pre_approval", "two_way"));
const KINDS = {
  pre: { two_way: z.lazy(() => shape("pre", "two_way")), one_way: z.lazy(() => shape("pre", "one_way")) },
  post: { two_way: z.lazy(() => shape("post", "two_way")), one_way: z.lazy(() => shape("post", "one_way")) },
  // Fides always sends "two_way" here although it ignores the answer's body.
  pre_approval: { two_way: preApproval, one_way: preApproval },
} as const;

const discriminators = z.lazy(() =>
  z.looseObject(
    {
      callback_type: z.enum(["pre", "post", "pre_approval"], {
        error: error('must be "pre", "post" or "pre_approval"'),
      }),
      direction: z.enum(["one_way", "two_way"], { error: error('must be "one_way" or "two_way"') }),
    },
    { error: "must be a JSON object" },
  ),
);

/** A policy pre-execution delivery that waits for `{ halt }` and may be resumed. */
export type PreExecutionTwoWayBody = z.infer<(typeof KINDS)["pre"]["two_way"]>;
/** A delivery body as Fides sends it, checked: discriminated by `callback_type`, then `direction`. */
export type DeliveryBody =
  | PreExecutionTwoWayBody
  | z.infer<(typeof KINDS)["pre"]["one_way"]>
  | z.infer<(typeof KINDS)["post"]["two_way"]>
  | z.infer<(typeof KINDS)["post"]["one_way"]>
  | z.infer<(typeof KINDS)["pre_approval"]["two_way"]>;

/**
 * Parses a delivery: first its `callback_type` and `direction`, then the fields of that kind.
 * @param json the parsed JSON body
 * @returns the body, or the first problem as `body "field" must be …` (never quoting a value)
 */
export function parseDeliveryBody(json: unknown): { body: DeliveryBody } | { problem: string } {
  const head = discriminators.safeParse(json);
  if (!head.success) return { problem: describeBodyProblem(head.error) };
  const parsed = KINDS[head.data.callback_type][head.data.direction].safeParse(json);
  return parsed.success
    ? { body: parsed.data as DeliveryBody }
    : { problem: describeBodyProblem(parsed.error) };
}

function describeBodyProblem(problem: z.core.$ZodError): string {
  const issue = problem.issues[0];
  if (issue === undefined) return "body is not a delivery";
  const field = issue.path.map(String).join(".");
  return field === "" ? `body ${issue.message}` : `body "${field}" ${issue.message}`;
}
