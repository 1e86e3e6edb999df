/**
 * Compares the OAuth operations of our contract with a Fides server's generated OpenAPI document
 * and prints every difference, so drift upstream is seen before users hit it.
 *
 *   tsx scripts/check-upstream.ts <path-or-url> [--allowlist <file>] [--spec <file>] [--if-exists]
 *
 * Operations are matched by method and path. Compared: operationIds, required scopes, parameters
 * (in, required, type), request bodies (required, content types, object vs array, properties,
 * required properties), response statuses, and the 200 body of each operation (types,
 * nullability, required-ness, enum values and their order). Differences listed in the allow-list
 * are printed but accepted. Exit 0 when every difference is allowed, 1 when one is not, 2 on bad
 * input.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";

type Json = Record<string, unknown>;

/** The repository root, so defaults work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** One way our contract and the upstream document disagree. */
export interface Difference {
  /** Stable name of the kind of difference, such as `response-type`. */
  readonly kind: string;
  /** Where: `POST /api/v1/oauth/client`, `… 200 body.items[]`, or `ClientResponse.name`. */
  readonly location: string;
  /** Our side, when it has a value. */
  readonly ours?: string;
  /** The upstream side, when it has a value. */
  readonly upstream?: string;
}

/** One accepted difference. Every given field must equal the difference's; `location` may list several. */
export interface AllowEntry {
  readonly kind: string;
  readonly location?: string | readonly string[];
  readonly ours?: string;
  readonly upstream?: string;
  readonly reason: string;
}

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

interface Operation {
  readonly operationId: string | undefined;
  readonly scopes: string[];
  readonly parameters: Map<string, { required: boolean; type: string }>;
  readonly body: { required: boolean; content: Map<string, Shape> } | undefined;
  readonly responses: Map<string, Shape | undefined>;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const asObject = (value: unknown): Json => (isObject(value) ? value : {});

/**
 * Reads an OpenAPI document (JSON or YAML) from a file path or an http(s) URL.
 *
 * @throws {Error} When it cannot be read or parsed, or has no `paths` object.
 */
export async function loadDocument(source: string): Promise<Json> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`check-upstream: GET ${source} answered ${response.status}`);
    text = await response.text();
  } else {
    text = readFileSync(source, "utf8");
  }
  const document: unknown = parseYaml(text);
  if (!isObject(document) || !isObject(document.paths)) {
    throw new Error(`check-upstream: ${source} is not an OpenAPI document (no "paths" object)`);
  }
  return document;
}

/**
 * Reads and validates the allow-list file: a YAML list of entries, each with `kind` and `reason`.
 *
 * @throws {Error} Naming the entry and field that is wrong.
 */
export function loadAllowlist(file: string): AllowEntry[] {
  const list: unknown = parseYaml(readFileSync(file, "utf8"));
  if (!Array.isArray(list)) throw new Error(`check-upstream: ${file} must be a YAML list of entries`);
  return list.map((entry: unknown, index) => {
    const where = `check-upstream: ${file} entry #${index + 1}`;
    if (!isObject(entry)) throw new Error(`${where} must be a mapping`);
    for (const key of Object.keys(entry)) {
      if (!["kind", "location", "ours", "upstream", "reason"].includes(key)) {
        throw new Error(`${where} has unknown field "${key}"`);
      }
    }
    for (const key of ["kind", "reason"]) {
      const value = entry[key];
      if (typeof value !== "string" || value.trim() === "") throw new Error(`${where} needs a "${key}"`);
    }
    for (const key of ["ours", "upstream"]) {
      if (key in entry && typeof entry[key] !== "string")
        throw new Error(`${where} "${key}" must be a string`);
    }
    const location = entry.location;
    const validLocation =
      location === undefined ||
      typeof location === "string" ||
      (Array.isArray(location) && location.every((item) => typeof item === "string"));
    if (!validLocation) throw new Error(`${where} "location" must be a string or a list of strings`);
    return entry as unknown as AllowEntry;
  });
}

function resolveRef(document: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`check-upstream: only local $refs are supported, got "${ref}"`);
  let node: unknown = document;
  for (const part of ref.slice(2).split("/"))
    node = asObject(node)[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  if (!isObject(node)) throw new Error(`check-upstream: $ref "${ref}" does not resolve`);
  return node;
}

/** Follows a `$ref` to a parameter, request body or response object. */
function deref(document: Json, value: unknown): Json {
  const object = asObject(value);
  return typeof object.$ref === "string" ? resolveRef(document, object.$ref) : object;
}

/**
 * Reduces a schema to a {@link Shape}: `$ref`s resolved, `anyOf [X, null]`, `type: [X, "null"]`
 * and `const` normalised, so both documents' styles compare equal.
 */
export function normaliseSchema(document: Json, schema: unknown, depth = 0): Shape {
  if (depth > 32) throw new Error("check-upstream: schema nesting deeper than 32 (a cycle?)");
  const node = asObject(schema);
  if (typeof node.$ref === "string") {
    const name = node.$ref.split("/").pop() ?? node.$ref;
    return { ...normaliseSchema(document, resolveRef(document, node.$ref), depth + 1), name };
  }
  const branches = Array.isArray(node.anyOf)
    ? node.anyOf
    : Array.isArray(node.oneOf)
      ? node.oneOf
      : undefined;
  if (branches) {
    const shapes = branches.map((branch) => normaliseSchema(document, branch, depth + 1));
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
      Object.entries(node.properties).map(([key, value]) => [
        key,
        normaliseSchema(document, value, depth + 1),
      ]),
    );
    shape.required = Array.isArray(node.required) ? node.required.map(String) : [];
  }
  if (node.items !== undefined) shape.items = normaliseSchema(document, node.items, depth + 1);
  if (isObject(node.additionalProperties)) {
    shape.additional = normaliseSchema(document, node.additionalProperties, depth + 1);
  }
  return shape;
}

/** `integer|null`, `null`, `any`: how a shape's type prints. */
export function typeLabel(shape: Shape): string {
  const parts = shape.nullable ? [...shape.types, "null"] : shape.types;
  return parts.length === 0 ? "null" : parts.join("|");
}

function readOperation(document: Json, pathItem: Json, operation: Json): Operation {
  const parameters = new Map<string, { required: boolean; type: string }>();
  const declared = [...(Array.isArray(pathItem.parameters) ? pathItem.parameters : [])];
  declared.push(...(Array.isArray(operation.parameters) ? operation.parameters : []));
  for (const raw of declared) {
    const parameter = deref(document, raw);
    const type = typeLabel(normaliseSchema(document, parameter.schema));
    parameters.set(`${String(parameter.in)} ${String(parameter.name)}`, {
      required: parameter.required === true,
      type,
    });
  }
  let body: Operation["body"];
  if (operation.requestBody !== undefined) {
    const requestBody = deref(document, operation.requestBody);
    const content = new Map<string, Shape>();
    for (const [type, media] of Object.entries(asObject(requestBody.content))) {
      content.set(type, normaliseSchema(document, asObject(media).schema));
    }
    body = { required: requestBody.required === true, content };
  }
  const responses = new Map<string, Shape | undefined>();
  for (const [status, raw] of Object.entries(asObject(operation.responses))) {
    const media = asObject(asObject(deref(document, raw).content)["application/json"]);
    responses.set(status, "schema" in media ? normaliseSchema(document, media.schema) : undefined);
  }
  const security = Array.isArray(operation.security) ? operation.security : [];
  const scopes = [...new Set(security.flatMap((requirement) => Object.values(asObject(requirement)).flat()))];
  const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
  return { operationId, scopes: scopes.map(String).sort(), parameters, body, responses };
}

/**
 * The operations of a document keyed `METHOD path`, limited to paths `keep` accepts.
 */
export function collectOperations(document: Json, keep: (path: string) => boolean): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [route, rawItem] of Object.entries(asObject(document.paths))) {
    if (!keep(route)) continue;
    const pathItem = asObject(rawItem);
    for (const method of METHODS) {
      if (!isObject(pathItem[method])) continue;
      operations.set(`${method.toUpperCase()} ${route}`, readOperation(document, pathItem, pathItem[method]));
    }
  }
  return operations;
}

function compareShapes(ours: Shape, upstream: Shape, location: string, out: Difference[]): void {
  if (ours.name && upstream.name && ours.name !== upstream.name) {
    out.push({ kind: "schema-name", location, ours: ours.name, upstream: upstream.name });
  }
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
    const keys = new Set([...Object.keys(ours.properties), ...Object.keys(upstream.properties)]);
    for (const key of keys) {
      const [mine, theirs] = [ours.properties[key], upstream.properties[key]];
      const at = `${here}.${key}`;
      if (!mine) out.push({ kind: "response-property-missing", location: at });
      else if (!theirs) out.push({ kind: "response-property-extra", location: at });
      else {
        const [a, b] = [ours.required?.includes(key), upstream.required?.includes(key)];
        if (a !== b) out.push({ kind: "response-required", location: at, ours: req(a), upstream: req(b) });
        compareShapes(mine, theirs, at, out);
      }
    }
  }
  if (ours.items && upstream.items) compareShapes(ours.items, upstream.items, `${here}[]`, out);
  if (ours.additional && upstream.additional)
    compareShapes(ours.additional, upstream.additional, `${here}{}`, out);
}

const req = (required: boolean | undefined): string => (required ? "required" : "optional");

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

function compareParameters(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  const names = new Set([...ours.parameters.keys(), ...upstream.parameters.keys()]);
  for (const name of names) {
    const [mine, theirs] = [ours.parameters.get(name), upstream.parameters.get(name)];
    const location = `${key} parameter ${name}`;
    if (!mine) out.push({ kind: "parameter-missing", location });
    else if (!theirs) out.push({ kind: "parameter-extra", location });
    else {
      if (mine.required !== theirs.required) {
        out.push({
          kind: "parameter-required",
          location,
          ours: req(mine.required),
          upstream: req(theirs.required),
        });
      }
      if (mine.type !== theirs.type)
        out.push({ kind: "parameter-type", location, ours: mine.type, upstream: theirs.type });
    }
  }
}

function compareBodies(key: string, ours: Operation, upstream: Operation, out: Difference[]): void {
  const location = `${key} request body`;
  if (!ours.body || !upstream.body) {
    if (ours.body) out.push({ kind: "request-body-extra", location });
    if (upstream.body) out.push({ kind: "request-body-missing", location });
    return;
  }
  if (ours.body.required !== upstream.body.required) {
    out.push({
      kind: "request-body-required",
      location,
      ours: req(ours.body.required),
      upstream: req(upstream.body.required),
    });
  }
  for (const [type, theirs] of upstream.body.content) {
    const mine = ours.body.content.get(type);
    if (!mine) {
      out.push({ kind: "request-content-type-missing", location, upstream: type });
      continue;
    }
    if (mine.name && theirs.name && mine.name !== theirs.name) {
      out.push({ kind: "schema-name", location, ours: mine.name, upstream: theirs.name });
    }
    if (mine.types.join() !== theirs.types.join()) {
      out.push({
        kind: "request-body-shape",
        location,
        ours: mine.types.join("|"),
        upstream: theirs.types.join("|"),
      });
      continue;
    }
    const [a, b] = [mine.properties ?? {}, theirs.properties ?? {}];
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const at = `${location}.${name}`;
      if (!(name in a)) out.push({ kind: "request-property-missing", location: at });
      else if (!(name in b)) out.push({ kind: "request-property-extra", location: at });
      else if (mine.required?.includes(name) !== theirs.required?.includes(name)) {
        const [x, y] = [mine.required?.includes(name), theirs.required?.includes(name)];
        out.push({ kind: "request-required", location: at, ours: req(x), upstream: req(y) });
      }
    }
  }
  for (const type of ours.body.content.keys()) {
    if (!upstream.body.content.has(type))
      out.push({ kind: "request-content-type-extra", location, ours: type });
  }
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
  for (const status of upstream.responses.keys()) {
    if (!ours.responses.has(status))
      out.push({ kind: "response-missing", location: `${key} ${status}`, upstream: status });
  }
  for (const status of ours.responses.keys()) {
    if (!upstream.responses.has(status))
      out.push({ kind: "response-extra", location: `${key} ${status}`, ours: status });
  }
  const [mine, theirs] = [ours.responses.get("200"), upstream.responses.get("200")];
  if (mine && theirs) compareShapes(mine, theirs, `${key} 200 body`, out);
}

/**
 * Every difference between our contract and an upstream document, over our paths and every
 * upstream path under `/api/v1/oauth`. Sorted and without duplicates.
 */
export function diffDocuments(oursDocument: Json, upstreamDocument: Json): Difference[] {
  const oursOps = collectOperations(oursDocument, () => true);
  const ourPaths = new Set(Object.keys(asObject(oursDocument.paths)));
  const upstreamOps = collectOperations(
    upstreamDocument,
    (route) => route.startsWith("/api/v1/oauth") || ourPaths.has(route),
  );
  const out: Difference[] = [];
  for (const [key, operation] of upstreamOps) {
    const mine = oursOps.get(key);
    if (mine) compareOperation(key, mine, operation, out);
    else out.push({ kind: "operation-missing", location: key, upstream: String(operation.operationId) });
  }
  for (const [key, operation] of oursOps) {
    if (!upstreamOps.has(key))
      out.push({ kind: "operation-extra", location: key, ours: String(operation.operationId) });
  }
  const unique = new Map(out.map((difference) => [formatDifference(difference), difference]));
  return [...unique.keys()].sort().map((line) => unique.get(line) as Difference);
}

/** Whether an allow-list entry accepts a difference. */
export function isAllowed(difference: Difference, entry: AllowEntry): boolean {
  if (entry.kind !== difference.kind) return false;
  if (entry.ours !== undefined && entry.ours !== difference.ours) return false;
  if (entry.upstream !== undefined && entry.upstream !== difference.upstream) return false;
  const locations = entry.location === undefined ? undefined : [entry.location].flat();
  return locations === undefined || locations.includes(difference.location);
}

/** Splits differences into those outside the allow-list and those it accepts, and finds unused entries. */
export function filterDifferences(differences: readonly Difference[], allowlist: readonly AllowEntry[]) {
  const used = new Set<AllowEntry>();
  const unexpected: Difference[] = [];
  const allowed: Difference[] = [];
  for (const difference of differences) {
    const entry = allowlist.find((candidate) => isAllowed(difference, candidate));
    if (entry) {
      used.add(entry);
      allowed.push(difference);
    } else {
      unexpected.push(difference);
    }
  }
  return { unexpected, allowed, unused: allowlist.filter((entry) => !used.has(entry)) };
}

/** One line: `kind location (ours: x, upstream: y)`. */
export function formatDifference(difference: Difference): string {
  const sides = [
    difference.ours === undefined ? undefined : `ours: ${difference.ours}`,
    difference.upstream === undefined ? undefined : `upstream: ${difference.upstream}`,
  ].filter(Boolean);
  return `${difference.kind} ${difference.location}${sides.length ? ` (${sides.join(", ")})` : ""}`;
}

/** The command line, resolved. */
export interface CheckUpstreamOptions {
  readonly source: string;
  readonly spec: string;
  readonly allowlist: string;
  readonly ifExists: boolean;
}

/**
 * Reads `<path-or-url> [--allowlist <file>] [--spec <file>] [--if-exists]`.
 *
 * @throws {Error} On a missing source, an unknown flag or a flag without its value.
 */
export function parseCheckUpstreamArgs(argv: readonly string[]): CheckUpstreamOptions {
  let source: string | undefined;
  let spec = path.join(REPO_ROOT, "openapi/fides-oauth.yaml");
  let allowlist = path.join(REPO_ROOT, "openapi/upstream-allowlist.yaml");
  let ifExists = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--if-exists") ifExists = true;
    else if (arg === "--allowlist" || arg === "--spec") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--"))
        throw new Error(`check-upstream: ${arg} needs a path`);
      if (arg === "--spec") spec = path.resolve(value);
      else allowlist = path.resolve(value);
    } else if (arg.startsWith("--")) throw new Error(`check-upstream: unknown option "${arg}"`);
    else if (source === undefined) source = arg;
    else throw new Error(`check-upstream: one source expected, got "${source}" and "${arg}"`);
  }
  if (source === undefined) {
    throw new Error(
      "check-upstream: usage: check-upstream <openapi.json path or URL> [--allowlist <file>] [--if-exists]",
    );
  }
  return { source, spec, allowlist, ifExists };
}

/**
 * Runs the comparison and prints one line per difference.
 *
 * @returns The exit code: 0 when every difference is allowed (or the file is absent with
 *   `--if-exists`), 1 otherwise.
 */
export async function runCheckUpstream(options: CheckUpstreamOptions): Promise<number> {
  const isUrl = /^https?:\/\//i.test(options.source);
  if (options.ifExists && !isUrl && !existsSync(options.source)) {
    console.log(`check-upstream: skipped: ${options.source} not found`);
    return 0;
  }
  const [ours, upstream] = await Promise.all([loadDocument(options.spec), loadDocument(options.source)]);
  const allowlist = loadAllowlist(options.allowlist);
  const result = filterDifferences(diffDocuments(ours, upstream), allowlist);
  for (const difference of result.unexpected) console.log(`DIFF    ${formatDifference(difference)}`);
  for (const difference of result.allowed) console.log(`allowed ${formatDifference(difference)}`);
  for (const entry of result.unused) {
    console.log(
      `note: allow-list entry #${allowlist.indexOf(entry) + 1} (${entry.kind}) matched nothing here`,
    );
  }
  const version = String(asObject(upstream.info).version ?? "unknown version");
  console.log(
    `check-upstream: ${result.unexpected.length} difference(s) outside the allow-list, ${result.allowed.length} allowed (upstream ${version})`,
  );
  return result.unexpected.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = await runCheckUpstream(parseCheckUpstreamArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
