import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The real-server suite has its own config and servers: `npm run test:real`.
    exclude: [...configDefaults.exclude, "test/real/**"],
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
    testTimeout: 20_000,
    pool: "forks",
  },
});
