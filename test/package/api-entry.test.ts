// The built fides-sdk/api subpaths, loaded by name the way a user's project would, and a user's
// type-check of forty sdk.api() calls on the whole API against the built declarations.
import { execFile } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");

async function node(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, args, { cwd: root, timeout: 15_000 });
  return stdout.trim();
}

const SUBPATHS = ["fides-sdk/api", "fides-sdk/api/2.86", "fides-sdk/api/2.82", "fides-sdk/api/2.78"] as const;

describe("the built fides-sdk/api subpaths", () => {
  it.each(
    SUBPATHS.flatMap((subpath) => [
      [subpath, "import"],
      [subpath, "require"],
    ]),
  )("load %s with %s and answer requiredScopes", async (subpath, loader) => {
    const program =
      loader === "import"
        ? `const m = await import(${JSON.stringify(subpath)});`
        : `const m = require(${JSON.stringify(subpath)});`;
    const out = await node([
      `--input-type=${loader === "import" ? "module" : "commonjs"}`,
      "-e",
      `${program} console.log(JSON.stringify([m.RELEASE, m.requiredScopes("GET", "/api/v1/oauth/scope"), Object.keys(m).sort()]));`,
    ]);
    const [release, scopes, names] = JSON.parse(out) as [string, string[], string[]];
    expect(release).toBe(subpath === "fides-sdk/api" ? "2.86.2" : `${subpath.slice(-4)}.2`);
    expect(scopes).toEqual(["scope:read"]);
    expect(names).toEqual(["OPERATION_ACCESS", "RELEASE", "operationAccess", "requiredScopes"]);
  });

  it("keep the whole-API types out of the main entry's declarations", () => {
    for (const file of ["dist/index.d.ts", "dist/index.d.cts"]) {
      const text = readFileSync(resolve(root, file), "utf8");
      // The OAuth contract's own `paths` is there; a whole-API route is not.
      expect(text).not.toContain('"/api/v1/connection/{connection_key}/protected-fields"');
      // …they are imported from the chunk the subpath shares.
      expect(text).toMatch(/from '\.\/fides-api-2\.86\.2-[\w-]+\.c?js'/);
      expect(statSync(resolve(root, file)).size).toBeLessThan(150_000);
    }
  });

  it("ship each release's whole-API types once, not as a .d.ts and a .d.cts alike", () => {
    const chunks = readdirSync(resolve(root, "dist")).filter((file) => file.startsWith("fides-api-2."));
    expect(chunks.filter((file) => file.endsWith(".d.ts"))).toEqual([]);
    expect(chunks.filter((file) => file.endsWith(".d.cts"))).toHaveLength(3);
  });

  it("keep the per-release scope tables out of the main entry", () => {
    const main = readFileSync(resolve(root, "dist/index.js"), "utf8");
    // The main entry carries one index of every operation, not each release's table module.
    expect(main).not.toContain("OPERATION_ACCESS");
    expect(main.match(/"GET \/api\/v1\/oauth\/scope"/g)).toHaveLength(1);
  });
});

/** Forty calls a user might write: operations that need nothing but their path parameters. */
function fortyCalls(): string[] {
  const document = JSON.parse(readFileSync(resolve(root, "openapi/fides-api-2.86.2.json"), "utf8")) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { name: string; in: string; required?: boolean }[];
          requestBody?: { required?: boolean };
        }
      >
    >;
  };
  const calls: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!["get", "delete", "post", "patch", "put"].includes(method) || !path.startsWith("/api/v1/"))
        continue;
      const parameters = operation.parameters ?? [];
      if (operation.requestBody?.required || parameters.some((p) => p.required && p.in !== "path")) continue;
      const pathParams = parameters.filter((p) => p.in === "path").map((p) => `${p.name}: "x"`);
      const init = pathParams.length > 0 ? `, { params: { path: { ${pathParams.join(", ")} } } }` : "";
      calls.push(
        `  const r${calls.length} = await api.${method.toUpperCase()}(${JSON.stringify(path)}${init});`,
      );
      if (calls.length === 40) return calls;
    }
  }
  return calls;
}

/** Type-checks `source` as a user's project would, with fides-sdk installed; returns tsc's output. */
async function typeCheck(
  source: string,
  { type, skipLibCheck }: { type: "commonjs" | "module"; skipLibCheck: boolean },
): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), "fides-api-typecheck-"));
  try {
    mkdirSync(join(project, "node_modules"));
    symlinkSync(root, join(project, "node_modules", "fides-sdk"), "dir");
    for (const dependency of ["openapi-fetch", "zod"]) {
      symlinkSync(join(root, "node_modules", dependency), join(project, "node_modules", dependency), "dir");
    }
    writeFileSync(join(project, "package.json"), JSON.stringify({ type }));
    writeFileSync(join(project, "calls.ts"), source);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2022", "dom"],
          types: [],
          skipLibCheck,
          noEmit: true,
        },
        files: ["calls.ts"],
      }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const { stdout } = await run(process.execPath, [tsc, "-p", project, "--extendedDiagnostics"], {
      cwd: project,
      timeout: 120_000,
    }).catch((error: { code?: unknown; stdout?: string }) => {
      // tsc exits non-zero when it reports errors: that output is the answer. Anything else (a
      // crash, a timeout) is rethrown, so a check that never ran cannot pass.
      if (typeof error.stdout === "string" && /error TS\d+/.test(error.stdout))
        return { stdout: error.stdout };
      throw error;
    });
    expect(stdout).toMatch(/Check time:/);
    return stdout;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

describe("a user's type-check of sdk.api() calls", () => {
  it("passes for forty calls on the whole API, with skipLibCheck", async () => {
    const calls = fortyCalls();
    expect(calls).toHaveLength(40);
    const source = [
      'import { FidesClient } from "fides-sdk";',
      'const sdk = new FidesClient({ baseUrl: "http://localhost:8080", clientId: "id", clientSecret: "secret" });',
      "const api = sdk.api();",
      "export async function run(): Promise<unknown[]> {",
      ...calls,
      `  return [${calls.map((_, i) => `r${i}.data`).join(", ")}];`,
      "}",
      "",
    ].join("\n");
    const started = performance.now();
    const stdout = await typeCheck(source, { type: "commonjs", skipLibCheck: true });
    const wallMs = Math.round(performance.now() - started);
    const checkTime = /Check time:\s+([\d.]+)s/.exec(stdout)?.[1];
    // Printed for the record; the machine's load decides the figure, so it is not asserted.
    console.log(`forty-call fixture: tsc wall ${wallMs} ms, check ${checkTime}s`);
    expect(stdout).not.toMatch(/error TS/);
  }, 120_000);

  // The whole-API type chunks ship once, as .d.cts, imported by both kinds of declarations.
  it.each(["module", "commonjs"] as const)(
    "resolves every release's types from a %s project, declarations checked too",
    async (type) => {
      const source = [
        'import { FidesClient } from "fides-sdk";',
        'import type { paths as Paths278 } from "fides-sdk/api/2.78";',
        'import type { components as Components282 } from "fides-sdk/api/2.82";',
        'import type { components } from "fides-sdk/api";',
        'const sdk = new FidesClient({ baseUrl: "http://localhost:8080", clientId: "id", clientSecret: "secret" });',
        'export const route: keyof Paths278 = "/api/v1/user";',
        'export const overdue: Components282["schemas"]["PrivacyRequestFilter"] = { is_overdue: true };',
        "export async function run() {",
        '  const { data } = await sdk.api().GET("/api/v1/dsr/policy/{policy_key}", { params: { path: { policy_key: "p" } } });',
        "  return data?.key;",
        "}",
        // Two mistakes the types must catch: a source 2.86 does not have, a route 2.78 does not have.
        'export const source: components["schemas"]["PrivacyRequestSource"] = "Fax";',
        'export const missing: keyof Paths278 = "/api/v1/not-a-route";',
        "",
      ].join("\n");
      const errors = (await typeCheck(source, { type, skipLibCheck: false })).match(/error TS\d+/g) ?? [];
      expect(errors).toEqual(["error TS2322", "error TS2322"]);
    },
    120_000,
  );
});
