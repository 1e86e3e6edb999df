import { DETAILS, detailResponse } from "./responses.js";
import type { BodyValue } from "./validation.js";
import { issues, validationResponse } from "./validation.js";

/**
 * Whether FastAPI would parse a body with this Content-Type as JSON: no Content-Type at all, or
 * `application/json`, or `application/*+json`.
 * @param contentType the header value, if any
 */
function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return true;
  const mime = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const [type, subtype = ""] = mime.split("/");
  return type === "application" && (subtype === "json" || subtype.endsWith("+json"));
}

/** Where `JSON.parse` gave up, to fill the `loc` of a `json_invalid` issue (Python's `e.pos`). */
function errorPosition(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  return /end of JSON input/.test(message) ? text.length : 0;
}

/**
 * Reads a JSON request body the way FastAPI does for a non-form body parameter: empty → absent;
 * JSON Content-Type → parsed (invalid JSON is a 422 `json_invalid`, before authentication);
 * bytes that are not UTF-8 → 400; any other Content-Type → raw bytes.
 * @param request the incoming request
 * @returns the body, or the error response to send instead
 */
export async function readJsonBody(request: Request): Promise<BodyValue | Response> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) return { kind: "absent" };
  if (!isJsonContentType(request.headers.get("content-type"))) return { kind: "raw" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return detailResponse(400, DETAILS.bodyParseError);
  }
  try {
    const value: unknown = JSON.parse(text);
    return value === null ? { kind: "absent" } : { kind: "json", value };
  } catch (error) {
    return validationResponse([issues.jsonInvalid(errorPosition(error, text))]);
  }
}

/** A parsed form: the last value of each field, as Starlette's `FormData.get` returns it. */
export type FormFields = ReadonlyMap<string, string | Blob>;

/**
 * Reads a form body the way Starlette's `request.form()` does: urlencoded and multipart are
 * parsed, any other Content-Type (JSON included) gives an empty form. A multipart body that
 * cannot be parsed is a 400.
 * @param request the incoming request
 */
export async function readForm(request: Request): Promise<FormFields | Response> {
  const contentType = request.headers.get("content-type") ?? "";
  const mime = contentType.split(";")[0]?.trim().toLowerCase();
  const fields = new Map<string, string | Blob>();
  if (mime === "application/x-www-form-urlencoded") {
    const text = new TextDecoder().decode(await request.arrayBuffer());
    for (const [key, value] of new URLSearchParams(text)) fields.set(key, value);
  } else if (mime === "multipart/form-data") {
    try {
      const form = await new Response(await request.arrayBuffer(), {
        headers: { "content-type": contentType },
      }).formData();
      for (const [key, value] of form) fields.set(key, value);
    } catch {
      return detailResponse(400, DETAILS.bodyParseError);
    }
  }
  return fields;
}
