import { compareNames, compareRequired, compareShapes, isRequired } from "./compare-shapes.js";
import { type Difference, formatDifference } from "./difference.js";
import { asObject, type Json } from "./json.js";
import type { Shape } from "./normalise.js";
import { collectOperations, type Operation } from "./operations.js";

/** Every key either side has, once each. */
const keysOfEither = (ours: Iterable<string>, upstream: Iterable<string>): Set<string> =>
  new Set([...ours, ...upstream]);

function compareParameters(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  for (const name of keysOfEither(ours.parameters.keys(), upstream.parameters.keys())) {
    const [mine, theirs] = [ours.parameters.get(name), upstream.parameters.get(name)];
    const location = `${key} parameter ${name}`;
    if (!mine) out.push({ kind: "parameter-missing", location });
    else if (!theirs) out.push({ kind: "parameter-extra", location });
    else {
      compareRequired("parameter-required", location, mine.required, theirs.required, out);
      if (mine.type !== theirs.type)
        out.push({ kind: "parameter-type", location, ours: mine.type, upstream: theirs.type });
    }
  }
}

/** Compares one content type's request body schemas: top-level type and property presence. */
function compareBodySchemas(location: string, mine: Shape, theirs: Shape, out: Difference[]): void {
  compareNames(mine, theirs, location, out);
  if (mine.types.join() !== theirs.types.join()) {
    out.push({
      kind: "request-body-shape",
      location,
      ours: mine.types.join("|"),
      upstream: theirs.types.join("|"),
    });
    return;
  }
  const [a, b] = [mine.properties ?? {}, theirs.properties ?? {}];
  for (const name of keysOfEither(Object.keys(a), Object.keys(b))) {
    const at = `${location}.${name}`;
    if (!(name in a)) out.push({ kind: "request-property-missing", location: at });
    else if (!(name in b)) out.push({ kind: "request-property-extra", location: at });
    else compareRequired("request-required", at, isRequired(mine, name), isRequired(theirs, name), out);
  }
}

function compareBodies(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  const location = `${key} request body`;
  if (!ours.body || !upstream.body) {
    if (ours.body) out.push({ kind: "request-body-extra", location });
    if (upstream.body) out.push({ kind: "request-body-missing", location });
    return;
  }
  compareRequired("request-body-required", location, ours.body.required, upstream.body.required, out);
  const [mine, theirs] = [ours.body.content, upstream.body.content];
  for (const type of keysOfEither(mine.keys(), theirs.keys())) {
    const [a, b] = [mine.get(type), theirs.get(type)];
    if (!a) out.push({ kind: "request-content-type-missing", location, upstream: type });
    else if (!b) out.push({ kind: "request-content-type-extra", location, ours: type });
    else compareBodySchemas(location, a, b, out);
  }
}

function compareResponses(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  for (const status of keysOfEither(ours.responses.keys(), upstream.responses.keys())) {
    const location = `${key} ${status}`;
    if (!ours.responses.has(status)) out.push({ kind: "response-missing", location, upstream: status });
    else if (!upstream.responses.has(status)) out.push({ kind: "response-extra", location, ours: status });
  }
  const [mine, theirs] = [ours.responses.get("200"), upstream.responses.get("200")];
  if (mine && theirs) compareShapes(mine, theirs, `${key} 200 body`, out);
}

function compareOperation(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  if (ours.operationId !== upstream.operationId) {
    out.push({
      kind: "operation-id",
      location: key,
      ours: String(ours.operationId),
      upstream: String(upstream.operationId),
    });
  }
  if (ours.scopes.join() !== upstream.scopes.join()) {
    out.push({
      kind: "security-scope",
      location: key,
      ours: ours.scopes.join(" "),
      upstream: upstream.scopes.join(" "),
    });
  }
  compareParameters(key, ours, upstream, out);
  compareBodies(key, ours, upstream, out);
  compareResponses(key, ours, upstream, out);
}

/**
 * Every difference between our contract and an upstream document, over our paths and every
 * upstream path under `/api/v1/oauth`, sorted and without duplicates. Operations are matched by
 * method and path; compared are operationIds, required scopes, parameters (in, required, type),
 * request bodies (required, content types, object vs array, properties, required properties),
 * response statuses, and the 200 body (types, nullability, required-ness, enum values and order).
 *
 * @throws {Error} When a `$ref` in either document does not resolve.
 */
export function diffDocuments(oursDocument: Json, upstreamDocument: Json): Difference[] {
  const oursOps = collectOperations(oursDocument, () => true);
  const ourPaths = new Set(Object.keys(asObject(oursDocument.paths)));
  const upstreamOps = collectOperations(
    upstreamDocument,
    (route) => route.startsWith("/api/v1/oauth") || ourPaths.has(route),
  );
  const out: Difference[] = [];
  for (const key of keysOfEither(oursOps.keys(), upstreamOps.keys())) {
    const [mine, theirs] = [oursOps.get(key), upstreamOps.get(key)];
    if (!mine) out.push({ kind: "operation-missing", location: key, upstream: String(theirs?.operationId) });
    else if (!theirs) out.push({ kind: "operation-extra", location: key, ours: String(mine.operationId) });
    else compareOperation(key, mine, theirs, out);
  }
  const unique = new Map(out.map((difference) => [formatDifference(difference), difference]));
  return [...unique.keys()].sort().map((line) => unique.get(line) as Difference);
}
