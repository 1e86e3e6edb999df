import { defineConfig } from "vitest/config";

/**
 * `npm run test:real`: the SDK, the CLI and the emulator against real Fides servers, started by
 * test/real/global-setup.ts. Files run one at a time (they share the servers); the slow ones run
 * their versions concurrently inside the file.
 */
export default defineConfig({
  test: {
    include: ["test/real/**/*.test.ts"],
    globalSetup: ["test/real/global-setup.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-real.json" },
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
