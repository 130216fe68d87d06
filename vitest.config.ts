import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // The real `server-only` throws outside Next's bundler; in tests it is a no-op.
      "server-only": path.resolve("tests/setup/server-only-stub.ts"),
      "@": path.resolve("."),
    },
  },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
