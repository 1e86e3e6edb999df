import type { OperationAccess } from "./access.js";
import { knownOperation, newestLookup } from "./releases.js";

/** What the CLI learns of a `METHOD PATH` the user typed, checked against the newest release. */
export type TypedOperation =
  | { readonly known: true; readonly key: string; readonly access: OperationAccess }
  | {
      readonly known: false;
      /** `GET /x is not an operation of Fides 2.86.2`, and the nearest one when there is one. */
      readonly message: string;
      /** The operation it is a typo of, when one is that near (one edit in eight characters). */
      readonly nearest: string | undefined;
    };

/**
 * The operation a typed request belongs to: a path template (`/api/v1/dsr/policy/{policy_key}`)
 * or a concrete path (`/api/v1/dsr/policy/access`), its query ignored; else why not, with the
 * nearest operation of the newest tested release.
 * @param method the method, any case
 * @param path the path below the base URL, a leading `/` optional
 */
export function typedOperation(method: string, path: string): TypedOperation {
  const upper = method.toUpperCase();
  let bare = path.split(/[?#]/, 1)[0] ?? "";
  if (!bare.startsWith("/")) bare = `/${bare}`;
  const lookup = newestLookup();
  if (lookup.has(`${upper} ${bare}`))
    return { known: true, key: `${upper} ${bare}`, access: lookup.access(upper, bare) };
  const operation = knownOperation(upper, bare);
  if (operation !== undefined) return { known: true, key: operation.key, access: operation.access };
  const nearest = lookup.nearest(`${upper} ${bare}`, 1 / 8);
  const shown = bare.length > 120 ? `${bare.slice(0, 117)}...` : bare;
  return {
    known: false,
    nearest,
    message:
      `${upper} ${shown} is not an operation of Fides ${lookup.release}` +
      (nearest === undefined ? "" : `; did you mean "${nearest}"?`),
  };
}
