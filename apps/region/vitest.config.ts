import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "region", {
  unit: { include: ["src/**/*.test.ts"] },
  integration: { include: ["test/**/*.test.ts"] },
  // The fuzz suites run in both: a few cases each in npm test, many (FUZZ_RUNS) in npm run test:load.
  load: { include: ["test/**/*.load.test.ts", "test/fuzz/**/*.test.ts"] },
});
