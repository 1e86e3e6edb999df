import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { isObject, type Json } from "./json.js";

/** Whether a source names an http(s) URL rather than a file. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/**
 * Reads an OpenAPI document (JSON or YAML) from a file path or an http(s) URL.
 *
 * @throws {Error} When it cannot be read or parsed, or has no `paths` object.
 */
export async function loadDocument(source: string): Promise<Json> {
  let text: string;
  if (isUrl(source)) {
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
