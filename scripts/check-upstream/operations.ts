import { asObject, isObject, type Json } from "./json.js";
import { deref, normaliseSchema, type Shape, typeLabel } from "./normalise.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** One operation reduced to what the comparison looks at. */
export interface Operation {
  readonly operationId: string | undefined;
  /** Every scope any security requirement names, sorted. */
  readonly scopes: string[];
  /** Keyed `in name`, such as `query page`; path-level parameters included. */
  readonly parameters: Map<string, { required: boolean; type: string }>;
  /** Keyed by content type. */
  readonly body: { required: boolean; content: Map<string, Shape> } | undefined;
  /** Keyed by status; the `application/json` body schema, when there is one. */
  readonly responses: Map<string, Shape | undefined>;
}

function readOperation(document: Json, pathItem: Json, operation: Json): Operation {
  const parameters = new Map<string, { required: boolean; type: string }>();
  const declared = [pathItem.parameters, operation.parameters].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
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
 *
 * @throws {Error} When a `$ref` inside an operation does not resolve.
 */
export function collectOperations(document: Json, keep: (path: string) => boolean): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [route, rawItem] of Object.entries(asObject(document.paths))) {
    if (!keep(route)) continue;
    const pathItem = asObject(rawItem);
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      operations.set(`${method.toUpperCase()} ${route}`, readOperation(document, pathItem, operation));
    }
  }
  return operations;
}
