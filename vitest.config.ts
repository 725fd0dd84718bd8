import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // .ci/run reads the counts from this report to print its closing line.
    reporters: process.env.CLAIMX_TEST_REPORT ? ["default", ["json", { outputFile: process.env.CLAIMX_TEST_REPORT }]] : ["default"],
  },
});
