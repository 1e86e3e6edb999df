import { codedTypeError, invalidType } from "../internal/assert.js";
import type { Scope } from "../scopes.js";
import type { OperationAccess } from "./access.js";

/** The HTTP methods an operation of the Fides API can have. */
export type ApiMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS" | "TRACE";

/** A generated table: `"METHOD /path/template"` → who may call it. */
export type OperationTable = Readonly<Record<string, OperationAccess>>;

/** The methods a table has an operation for. */
export type TableMethod<T extends OperationTable> = keyof T extends infer K
  ? K extends `${infer M extends ApiMethod} ${string}`
    ? M
    : never
  : never;

/** The path templates a table has for a method. */
export type TablePath<T extends OperationTable, M extends string> = keyof T extends infer K
  ? K extends `${M} ${infer P}`
    ? P
    : never
  : never;

/** The scopes an entry needs, as literal types: `[]` for an operation that takes no token. */
export type ScopesOf<A> = A extends readonly Scope[] ? A : A extends "none" ? readonly [] : never;

/** The longest path (template or concrete) looked up; longer text is refused unread. */
const MAX_PATH_CHARS = 512;
/** The longest key a suggestion is looked for: twice Fides's longest template. */
const MAX_SUGGESTED_CHARS = 200;

interface Template {
  readonly key: string;
  readonly segments: readonly string[];
  /** How many segments are literal: the most literal template wins, as a reader expects. */
  readonly literals: number;
}

function isParameter(segment: string): boolean {
  return segment.startsWith("{") && segment.endsWith("}");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The lookups one release's table supports: by template (what `requiredScopes` takes) and by a
 * concrete request path (what the client sees when a request is refused).
 */
export class ScopeLookup<T extends OperationTable> {
  /** The release the table describes, such as `"2.86.2"`. */
  readonly release: string;
  readonly #table: T;
  readonly #templates: readonly Template[];

  /**
   * @param release the release the table describes
   * @param table the generated table
   */
  constructor(release: string, table: T) {
    this.release = release;
    this.#table = table;
    this.#templates = Object.keys(table)
      .map((key) => {
        const segments = key.slice(key.indexOf(" ") + 1).split("/");
        return { key, segments, literals: segments.filter((s) => !isParameter(s)).length };
      })
      // The admin UI's catch-all `/{catchall}` names no API operation.
      .filter((template) => !template.key.endsWith(" /{catchall}"));
  }

  /** Every operation key, `"METHOD /path/template"`, in the document's order. */
  keys(): (keyof T & string)[] {
    return Object.keys(this.#table) as (keyof T & string)[];
  }

  /** Whether the table has an operation, by its key `"METHOD /path/template"`. */
  has(key: string): boolean {
    return Object.hasOwn(this.#table, key);
  }

  /**
   * Who may call an operation, by its method and path template.
   * @throws {TypeError} `ERR_INVALID_ARG_VALUE` for an operation the release does not have,
   * suggesting the nearest one
   */
  access(method: string, path: string): OperationAccess {
    if (typeof method !== "string") throw invalidType("method", "a string");
    if (typeof path !== "string") throw invalidType("path", "a string");
    const key = `${method.toUpperCase()} ${path}`;
    if (Object.hasOwn(this.#table, key)) return this.#table[key] as OperationAccess;
    const nearest = this.nearest(key);
    const shown = key.length <= 120 ? key : `${key.slice(0, 117)}...`;
    throw codedTypeError(
      "ERR_INVALID_ARG_VALUE",
      `"${shown}" is not an operation of Fides ${this.release}` +
        (nearest === undefined ? "" : `; did you mean "${nearest}"?`),
    );
  }

  /**
   * The scopes an operation needs: `[]` for an operation that takes no token.
   * @throws {TypeError} `ERR_INVALID_ARG_VALUE` for an unknown operation, and for a webhook
   * callback route, which takes only the token Fides sent to the webhook
   */
  scopes(method: string, path: string): readonly Scope[] {
    const access = this.access(method, path);
    if (access === "none") return [];
    if (access === "webhook-token") {
      throw codedTypeError(
        "ERR_INVALID_ARG_VALUE",
        `${method.toUpperCase()} ${path} takes only the token Fides sent to the webhook; no OAuth scope grants it`,
      );
    }
    return access;
  }

  /**
   * The operation a concrete request path belongs to (`/api/v1/privacy-request/pri_1/resume` →
   * `"POST /api/v1/privacy-request/{privacy_request_id}/resume"`): the template with the most
   * literal segments among those that match, or `undefined`.
   * @param method the request method
   * @param path the path below the base URL, without its query
   */
  match(method: string, path: string): (keyof T & string) | undefined {
    if (path.length > MAX_PATH_CHARS) return undefined;
    const prefix = `${method.toUpperCase()} `;
    const segments = (path.endsWith("/") && path.length > 1 ? path.slice(0, -1) : path).split("/");
    let best: Template | undefined;
    for (const template of this.#templates) {
      if (!template.key.startsWith(prefix) || template.segments.length !== segments.length) continue;
      if (best !== undefined && best.literals >= template.literals) continue;
      const fits = template.segments.every((segment, i) =>
        isParameter(segment) ? (segments[i] ?? "") !== "" : segment === segments[i],
      );
      if (fits) best = template;
    }
    return best?.key as (keyof T & string) | undefined;
  }

  /**
   * The operation key nearest to a mistyped one, when it is near enough to be the one meant. A
   * concrete path (`GET /api/v1/dsr/polcy/access`) is compared with each template of as many
   * segments with its parameters filled from the path, so an id is not counted as a typo.
   * @param key `"METHOD /path"`, a template or a concrete path
   * @param tolerance how many edits per character are still a typo @default 1/4
   */
  nearest(key: string, tolerance = 1 / 4): string | undefined {
    // Quadratic in the key's length: a key longer than any template could be is not compared.
    if (key.length > MAX_SUGGESTED_CHARS) return undefined;
    const space = key.indexOf(" ");
    const given = key.slice(space + 1).split("/");
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const template of this.#templates) {
      const filled =
        template.segments.length === given.length
          ? `${template.key.slice(0, template.key.indexOf(" "))} ${template.segments
              .map((segment, i) => (isParameter(segment) ? (given[i] ?? segment) : segment))
              .join("/")}`
          : template.key;
      const distance = editDistance(key, filled);
      if (distance < bestDistance) {
        best = template.key;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, Math.floor(key.length * tolerance)) ? best : undefined;
  }
}

/** `requiredScopes(method, path)` for one release's table: literal scope types per operation. */
export type RequiredScopesOf<T extends OperationTable> = <
  M extends TableMethod<T>,
  P extends TablePath<T, M>,
>(
  method: M,
  path: P,
) => ScopesOf<T[`${M} ${P}` & keyof T]>;

/** `operationAccess(method, path)` for one release's table: the entry as its literal type. */
export type OperationAccessOf<T extends OperationTable> = <
  M extends TableMethod<T>,
  P extends TablePath<T, M>,
>(
  method: M,
  path: P,
) => T[`${M} ${P}` & keyof T];
