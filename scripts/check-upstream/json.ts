/** A parsed JSON or YAML object. */
export type Json = Record<string, unknown>;

/** Whether a parsed value is a plain object (not `null`, not an array). */
export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value when it is an object, else `{}`, so a missing part of a document reads as empty. */
export const asObject = (value: unknown): Json => (isObject(value) ? value : {});
