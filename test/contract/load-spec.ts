/** Reads the contract for tests that look at the spec itself rather than the generated types. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The path of the contract. */
export const SPEC_PATH = path.join(REPO_ROOT, "openapi/fides-oauth.yaml");

/** A loosely typed OpenAPI node: tests index into it and let assertions catch shape errors. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk a parsed YAML document of any shape
export type Node = any;

/** The contract, parsed. */
export function loadSpec(): Node {
  return parse(readFileSync(SPEC_PATH, "utf8"));
}

/** Follows a local `$ref`, or returns the node itself. */
export function deref(spec: Node, node: Node): Node {
  if (typeof node?.$ref !== "string") return node;
  return node.$ref
    .slice(2)
    .split("/")
    .reduce((value: Node, key: string) => value?.[key], spec);
}

/** Every operation as `{method, path, operation}`. */
export function listOperations(spec: Node): { method: string; path: string; operation: Node }[] {
  return Object.entries(spec.paths as Record<string, Node>).flatMap(([route, item]) =>
    ["get", "put", "post", "delete", "patch"]
      .filter((method) => item[method])
      .map((method) => ({ method, path: route, operation: item[method] })),
  );
}
