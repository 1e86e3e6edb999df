import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "testing/index": "src/testing/index.ts",
      "testing/server": "src/testing/server-entry.ts",
      redis: "src/redis/index.ts",
      "api/index": "src/api/index.ts",
      "api/2.86": "src/api/release-2.86.ts",
      "api/2.82": "src/api/release-2.82.ts",
      "api/2.78": "src/api/release-2.78.ts",
      webhooks: "src/webhooks/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    external: ["msw", "redis", "ioredis"],
  },
  {
    entry: { "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    external: ["msw", "redis", "ioredis"],
  },
]);
