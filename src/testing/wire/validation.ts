import { jsonResponse } from "./responses.js";

/** One entry of a FastAPI 422 body, after Fides strips `input`, `url` and `ctx`. */
export interface ValidationIssue {
  readonly type: string;
  readonly loc: readonly (string | number)[];
  readonly msg: string;
}

type Loc = readonly (string | number)[];

/** An issue maker for one pydantic error type and message. */
function issue(type: string, msg: string): (loc: Loc) => ValidationIssue {
  return (loc) => ({ type, loc, msg });
}

/** pydantic v2's error entries, with the messages pydantic 2.12 prints. */
export const issues = {
  missing: issue("missing", "Field required"),
  jsonInvalid: (position: number): ValidationIssue =>
    issue("json_invalid", "JSON decode error")(["body", position]),
  listType: issue("list_type", "Input should be a valid list"),
  stringType: issue("string_type", "Input should be a valid string"),
  modelAttributesType: issue(
    "model_attributes_type",
    "Input should be a valid dictionary or object to extract fields from",
  ),
  nameEmpty: issue("value_error", "Value error, name must not be empty"),
  intParsing: issue("int_parsing", "Input should be a valid integer, unable to parse string as an integer"),
  greaterThanEqual: (loc: Loc, limit: number): ValidationIssue =>
    issue("greater_than_equal", `Input should be greater than or equal to ${limit}`)(loc),
  lessThanEqual: (loc: Loc, limit: number): ValidationIssue =>
    issue("less_than_equal", `Input should be less than or equal to ${limit}`)(loc),
  patternMismatch: (loc: Loc, pattern: string): ValidationIssue =>
    issue("string_pattern_mismatch", `String should match pattern '${pattern}'`)(loc),
};

/**
 * The 422 answer of Fides's `RequestValidationError` handler.
 * @param found the issues, in the order FastAPI collects them (query, then body)
 */
export function validationResponse(found: readonly ValidationIssue[]): Response {
  return jsonResponse(422, { detail: found });
}

/** A request body as FastAPI sees it before validation. */
export type BodyValue =
  /** no body bytes, or the JSON literal `null` */
  | { readonly kind: "absent" }
  | { readonly kind: "json"; readonly value: unknown }
  /** bytes under a non-JSON Content-Type: pydantic sees `bytes`, which no field here accepts */
  | { readonly kind: "raw" };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates a `List[str]` at `loc`.
 * @param value the candidate
 * @param loc where it sits, e.g. `["body", "scopes"]`
 * @returns the issues (empty when valid)
 */
function checkStringList(value: unknown, loc: Loc): ValidationIssue[] {
  if (!Array.isArray(value)) return [issues.listType(loc)];
  return value.flatMap((item, index) =>
    typeof item === "string" ? [] : [issues.stringType([...loc, index])],
  );
}

/** The fields of `ClientCreateRequest` / `ClientUpdateRequest` the caller actually sent. */
export interface ClientFields {
  readonly name?: string | null;
  readonly description?: string | null;
  readonly scopes?: readonly string[] | null;
}

/**
 * Validates a `ClientCreateRequest` (`mode: "create"`) or `ClientUpdateRequest` (`"update"`) body.
 * On create a missing body means `{}`; on update the body is required. `scopes: null` is a
 * `list_type` error on create and "no change" on update. Unknown keys are ignored, as pydantic does.
 * @param body the body as read
 * @param mode which schema
 */
export function checkClientBody(
  body: BodyValue,
  mode: "create" | "update",
): { ok: true; fields: ClientFields } | { ok: false; issues: ValidationIssue[] } {
  if (body.kind === "absent") {
    return mode === "create" ? { ok: true, fields: {} } : { ok: false, issues: [issues.missing(["body"])] };
  }
  if (body.kind === "raw" || !isObject(body.value)) {
    return { ok: false, issues: [issues.modelAttributesType(["body"])] };
  }
  const input = body.value;
  const found: ValidationIssue[] = [];
  const fields: { name?: string | null; description?: string | null; scopes?: readonly string[] | null } = {};
  if ("name" in input) {
    const name = input.name;
    if (name !== null && typeof name !== "string") found.push(issues.stringType(["body", "name"]));
    else if (typeof name === "string" && name.trim() === "") found.push(issues.nameEmpty(["body", "name"]));
    else fields.name = name;
  }
  if ("description" in input) {
    const description = input.description;
    if (description !== null && typeof description !== "string") {
      found.push(issues.stringType(["body", "description"]));
    } else fields.description = description;
  }
  if ("scopes" in input) {
    const scopes = input.scopes;
    if (scopes === null && mode === "update") fields.scopes = null;
    else {
      const scopeIssues = checkStringList(scopes, ["body", "scopes"]);
      if (scopeIssues.length > 0) found.push(...scopeIssues);
      else fields.scopes = scopes as string[];
    }
  }
  return found.length > 0 ? { ok: false, issues: found } : { ok: true, fields };
}

/**
 * Validates a required bare JSON array of strings (`PUT …/scope`, and `POST /oauth/client`
 * before 2.82, where a missing body means `[]`).
 * @param body the body as read
 * @param required whether a missing body is an error
 */
export function checkScopeArrayBody(
  body: BodyValue,
  required: boolean,
): { ok: true; scopes: string[] } | { ok: false; issues: ValidationIssue[] } {
  if (body.kind === "absent") {
    return required ? { ok: false, issues: [issues.missing(["body"])] } : { ok: true, scopes: [] };
  }
  if (body.kind === "raw") return { ok: false, issues: [issues.listType(["body"])] };
  const found = checkStringList(body.value, ["body"]);
  return found.length > 0 ? { ok: false, issues: found } : { ok: true, scopes: body.value as string[] };
}

/**
 * Validates an integer query parameter with bounds, as `Query(default, ge=, le=)` does.
 * FastAPI takes the last value of a repeated parameter.
 * @param query the query string
 * @param name the parameter
 * @param fallback its default
 * @param min the `ge` bound
 * @param max the `le` bound, if any
 */
export function checkIntQuery(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max?: number,
): { value: number; issues: ValidationIssue[] } {
  const all = query.getAll(name);
  const raw = all[all.length - 1];
  if (raw === undefined) return { value: fallback, issues: [] };
  const loc = ["query", name];
  if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(raw)) return { value: fallback, issues: [issues.intParsing(loc)] };
  const value = Number(raw.trim().replaceAll("_", ""));
  if (value < min) return { value, issues: [issues.greaterThanEqual(loc, min)] };
  if (max !== undefined && value > max) return { value, issues: [issues.lessThanEqual(loc, max)] };
  return { value, issues: [] };
}
