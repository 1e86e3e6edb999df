import { asObject, isObject, type Json } from "./json.js";

/** A schema reduced to what the comparison looks at. */
export interface Shape {
  /** The component name when the schema was reached through a `$ref`. */
  name?: string;
  /** JSON types other than `null`, sorted; `["any"]` when unconstrained. */
  types: string[];
  nullable: boolean;
  enum?: string[];
  properties?: Record<string, Shape>;
  required?: string[];
  items?: Shape;
  additional?: Shape;
}

function resolveRef(document: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`check-upstream: only local $refs are supported, got "${ref}"`);
  let node: unknown = document;
  for (const part of ref.slice(2).split("/"))
    node = asObject(node)[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  if (!isObject(node)) throw new Error(`check-upstream: $ref "${ref}" does not resolve`);
  return node;
}

/**
 * Follows a `$ref` to a parameter, request body or response object.
 *
 * @throws {Error} When the `$ref` is not local or does not resolve.
 */
export function deref(document: Json, value: unknown): Json {
  const object = asObject(value);
  return typeof object.$ref === "string" ? resolveRef(document, object.$ref) : object;
}

/**
 * Reduces a schema to a {@link Shape}: `$ref`s resolved, `anyOf [X, null]`, `type: [X, "null"]`
 * and `const` normalised, so both documents' styles compare equal.
 *
 * @throws {Error} On a `$ref` that does not resolve, or nesting deeper than 32.
 */
export function normaliseSchema(document: Json, schema: unknown, depth = 0): Shape {
  if (depth > 32) throw new Error("check-upstream: schema nesting deeper than 32 (a cycle?)");
  const node = asObject(schema);
  const inner = (child: unknown) => normaliseSchema(document, child, depth + 1);
  if (typeof node.$ref === "string") {
    const name = node.$ref.split("/").pop() ?? node.$ref;
    return { ...inner(resolveRef(document, node.$ref)), name };
  }
  const branches = Array.isArray(node.anyOf)
    ? node.anyOf
    : Array.isArray(node.oneOf)
      ? node.oneOf
      : undefined;
  if (branches) {
    const shapes = branches.map(inner);
    const nullable = shapes.some((shape) => shape.nullable);
    const concrete = shapes.filter((shape) => shape.types.length > 0);
    const [only] = concrete;
    if (concrete.length === 1 && only) return { ...only, nullable };
    return { types: [...new Set(concrete.flatMap((shape) => shape.types))].sort(), nullable };
  }
  const declared = Array.isArray(node.type) ? node.type : typeof node.type === "string" ? [node.type] : [];
  let types = declared.filter((type): type is string => typeof type === "string" && type !== "null").sort();
  if (declared.length === 0) {
    types = isObject(node.properties) ? ["object"] : node.items !== undefined ? ["array"] : ["any"];
  }
  const shape: Shape = { types, nullable: declared.includes("null") };
  const values = "const" in node ? [node.const] : Array.isArray(node.enum) ? node.enum : undefined;
  if (values) shape.enum = values.filter((value) => value !== null).map(String);
  if (isObject(node.properties)) {
    shape.properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, value]) => [key, inner(value)]),
    );
    shape.required = Array.isArray(node.required) ? node.required.map(String) : [];
  }
  if (node.items !== undefined) shape.items = inner(node.items);
  if (isObject(node.additionalProperties)) shape.additional = inner(node.additionalProperties);
  return shape;
}

/** `integer|null`, `null`, `any`: how a shape's type prints. */
export function typeLabel(shape: Shape): string {
  const parts = shape.nullable ? [...shape.types, "null"] : shape.types;
  return parts.length === 0 ? "null" : parts.join("|");
}
