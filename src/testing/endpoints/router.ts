import { RELEASE_ROUTES } from "../core/release-routes.js";
import type { VersionFeatures } from "../core/versions.js";
import type { Route } from "./routes.js";

/** Where a request goes, decided as Starlette's router decides it. */
export type RouteMatch =
  | { readonly kind: "route"; readonly route: Route; readonly params: Record<string, string> }
  /** the admin-UI catch-all `GET /{catchall:path}` */
  | { readonly kind: "catch-all" }
  /** the path is known but not for this method; `allow` lists the first matching route's methods */
  | { readonly kind: "method-not-allowed"; readonly allow: string };

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] ?? "";
    const value = got[i] ?? "";
    if (part.startsWith("{")) {
      if (value === "") return undefined; // Starlette's str convertor is [^/]+
      params[part.slice(1, -1)] = value;
    } else if (part !== value) return undefined;
  }
  return params;
}

/**
 * Percent-decodes a path as the ASGI server does (`urllib.parse.unquote`: invalid escapes are
 * kept as they are), so `%2F` in a client id becomes a `/` and no longer matches one segment.
 * @param rawPath the path as sent
 */
export function decodePath(rawPath: string): string {
  return rawPath.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      const bytes = Uint8Array.from(run.slice(1).split("%"), (hex) => Number.parseInt(hex, 16));
      return new TextDecoder().decode(bytes);
    }
  });
}

/**
 * Starlette's matching: the first route matching path and method wins; else the admin-UI
 * catch-all answers every GET; else the first route matching the path alone gives a 405, and
 * failing that the catch-all (GET only) does. Every API route is also registered with a trailing
 * slash.
 * @param routes the routes of this server version, in registration order
 * @param method the request method
 * @param path the decoded path, without the base URL's prefix
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let partial: Route | undefined;
  for (const route of routes) {
    const params = matchTemplate(route.path, path) ?? matchTemplate(`${route.path}/`, path);
    if (!params) continue;
    if (route.method === method) return { kind: "route", route, params };
    partial ??= route;
  }
  if (method === "GET") return { kind: "catch-all" };
  return { kind: "method-not-allowed", allow: partial?.method ?? "GET" };
}

/**
 * The route of the emulated release that a request would reach, when the emulator has none of its
 * own and the test added none with `route()`: e.g. `"GET /api/v1/system/{fides_key}"`.
 * @param features the emulated release
 * @param method the request method
 * @param path the decoded path
 */
export function releaseRoute(features: VersionFeatures, method: string, path: string): string | undefined {
  if (!path.startsWith("/api/v1/")) return undefined;
  for (const [route, since, gone] of RELEASE_ROUTES) {
    const space = route.indexOf(" ");
    if (route.slice(0, space) !== method) continue;
    if ((since !== "" && !features.atLeast(since)) || (gone !== "" && features.atLeast(gone))) continue;
    const template = route.slice(space + 1);
    if (matchTemplate(template, path) ?? matchTemplate(`${template}/`, path)) return route;
  }
  return undefined;
}
