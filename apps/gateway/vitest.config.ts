import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "gateway", {
  unit: { include: ["src/**/*.test.ts"] },
  integration: { include: ["test/**/*.test.ts"] },
  // The differential fuzz runs in both: 300 queries in npm test, FUZZ_RUNS × 50 in npm run test:load.
  load: { include: ["test/differential/**/*.test.ts"] },
});
