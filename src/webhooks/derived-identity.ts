import { invalidType, invalidValue } from "../internal/assert.js";

/**
 * Identities your service learned about the subject, sent back to Fides (as `derived_identity`)
 * in a two-way answer or with `resume()`. Fides validates them as its `Identity`: a bad one fails
 * the privacy request, so they are checked here first. Wire names, as Fides spells them.
 */
export interface DerivedIdentity {
  email?: string;
  /** E.164, such as `"+15551234567"`. */
  phone_number?: string;
  ga_client_id?: string;
  ljt_readerID?: string;
  /** A version 4 UUID. */
  fides_user_device_id?: string;
  external_id?: string;
  /** A custom identity, labelled. */
  [custom: string]: string | { label: string; value: string | number } | undefined;
}

const PHONE = /^\+[1-9]\d{1,14}$/;
/**
 * A sanity check, not RFC 5322 (Fides's own check, email-validator, has the last word): one `@`,
 * no whitespace, a dot inside the domain. Written without a regular expression, so it stays linear.
 */
function looksLikeEmail(text: string): boolean {
  const at = text.indexOf("@");
  if (at <= 0 || at !== text.lastIndexOf("@") || /\s/.test(text)) return false;
  const dot = text.indexOf(".", at + 2);
  return dot > 0 && dot < text.length - 1;
}
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const PLAIN = new Set(["ga_client_id", "ljt_readerID", "external_id"]);

/**
 * Checks a derived identity the way Fides's `Identity` will, so a mistake is a `TypeError` here
 * rather than a failed privacy request there.
 * @param value the identity
 * @param name the argument's name, for messages
 * @returns the identity, without `undefined` fields
 * @throws {TypeError} naming the first bad field (never quoting its value)
 */
export function assertDerivedIdentity(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw invalidType(name, "an object");
  const result: Record<string, unknown> = {};
  for (const [field, given] of Object.entries(value)) {
    if (given === undefined) continue;
    const at = `${name}.${field}`;
    if (field === "email") {
      if (typeof given !== "string" || !looksLikeEmail(given))
        throw invalidValue(at, "must be an email address");
    } else if (field === "phone_number") {
      if (typeof given !== "string" || given.length < 9 || !PHONE.test(given))
        throw invalidValue(at, "must be an E.164 phone number, such as +15551234567");
    } else if (field === "fides_user_device_id") {
      if (typeof given !== "string" || !UUID4.test(given)) throw invalidValue(at, "must be a version 4 UUID");
    } else if (PLAIN.has(field)) {
      if (typeof given !== "string") throw invalidType(at, "a string");
    } else {
      const labelled = given as { label?: unknown; value?: unknown };
      if (
        typeof given !== "object" ||
        given === null ||
        typeof labelled.label !== "string" ||
        !(typeof labelled.value === "string" || typeof labelled.value === "number")
      )
        throw invalidType(
          at,
          "a custom identity { label: string, value: string | number } (Fides refuses a bare value)",
        );
    }
    result[field] = given;
  }
  return result;
}
