import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { DIST_ENTRY, ROOT } from "./build.js";

/** Minified and gzipped sizes, in bytes. */
export interface SizeFigures {
  /** The SDK's own code, dependencies left external. */
  ownMinified: number;
  ownGzipped: number;
  /** `FidesClient` bundled with openapi-fetch and zod, tree-shaken. */
  bundleMinified: number;
  bundleGzipped: number;
}

async function bundle(contents: string, external: string[]): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external,
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild produced no output");
  return output.contents;
}

/** Bundles the built SDK with esbuild, minified, and gzips the result. */
export async function measureSize(): Promise<SizeFigures> {
  const entry = JSON.stringify(DIST_ENTRY);
  const own = await bundle(`export * from ${entry};`, ["openapi-fetch", "zod", "zod/*"]);
  const full = await bundle(`import { FidesClient } from ${entry}; export { FidesClient };`, []);
  return {
    ownMinified: own.byteLength,
    ownGzipped: gzipSync(own, { level: 9 }).byteLength,
    bundleMinified: full.byteLength,
    bundleGzipped: gzipSync(full, { level: 9 }).byteLength,
  };
}
