import type { Difference } from "./difference.js";
import { type Shape, typeLabel } from "./normalise.js";

const requiredLabel = (required: boolean): string => (required ? "required" : "optional");

/** Whether a shape lists `key` among its required properties. */
export const isRequired = (shape: Shape, key: string): boolean => shape.required?.includes(key) === true;

/** Records `kind` at `location` when one side requires what the other leaves optional. */
export function compareRequired(
  kind: string,
  location: string,
  ours: boolean,
  upstream: boolean,
  out: Difference[],
): void {
  if (ours !== upstream) {
    out.push({ kind, location, ours: requiredLabel(ours), upstream: requiredLabel(upstream) });
  }
}

/** Records a `schema-name` difference when both sides name their component, differently. */
export function compareNames(ours: Shape, upstream: Shape, location: string, out: Difference[]): void {
  if (ours.name && upstream.name && ours.name !== upstream.name) {
    out.push({ kind: "schema-name", location, ours: ours.name, upstream: upstream.name });
  }
}

function compareEnums(
  ours: string[] | undefined,
  upstream: string[] | undefined,
  at: string,
  out: Difference[],
): void {
  if (!ours && !upstream) return;
  if (!ours || !upstream) {
    out.push({
      kind: "enum-presence",
      location: at,
      ours: ours ? "enum" : "no enum",
      upstream: upstream ? "enum" : "no enum",
    });
    return;
  }
  for (const value of upstream)
    if (!ours.includes(value)) out.push({ kind: "enum-value-missing", location: at, upstream: value });
  for (const value of ours)
    if (!upstream.includes(value)) out.push({ kind: "enum-value-extra", location: at, ours: value });
  const common = (list: string[], other: string[]) => list.filter((value) => other.includes(value)).join();
  if (common(ours, upstream) !== common(upstream, ours)) out.push({ kind: "enum-order", location: at });
}

/**
 * Records every way two response schemas differ: types, nullability, enums, and, recursively,
 * properties (presence and required-ness), array items and additional properties.
 */
export function compareShapes(ours: Shape, upstream: Shape, location: string, out: Difference[]): void {
  compareNames(ours, upstream, location, out);
  // Inside one of our named object schemas, report against the schema, so a drift shows once,
  // not once per operation that returns it.
  const here = ours.name && ours.properties ? ours.name : location;
  const oursType = typeLabel(ours);
  const upstreamType = typeLabel(upstream);
  if (ours.types.join() !== upstream.types.join()) {
    out.push({ kind: "response-type", location: here, ours: oursType, upstream: upstreamType });
    return;
  }
  if (ours.nullable !== upstream.nullable) {
    out.push({ kind: "response-nullable", location: here, ours: oursType, upstream: upstreamType });
  }
  compareEnums(ours.enum, upstream.enum, here, out);
  if (ours.properties && upstream.properties) {
    for (const key of new Set([...Object.keys(ours.properties), ...Object.keys(upstream.properties)])) {
      const [mine, theirs] = [ours.properties[key], upstream.properties[key]];
      const at = `${here}.${key}`;
      if (!mine) out.push({ kind: "response-property-missing", location: at });
      else if (!theirs) out.push({ kind: "response-property-extra", location: at });
      else {
        compareRequired("response-required", at, isRequired(ours, key), isRequired(upstream, key), out);
        compareShapes(mine, theirs, at, out);
      }
    }
  }
  if (ours.items && upstream.items) compareShapes(ours.items, upstream.items, `${here}[]`, out);
  if (ours.additional && upstream.additional)
    compareShapes(ours.additional, upstream.additional, `${here}{}`, out);
}
