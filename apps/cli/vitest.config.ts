import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "cli", {
  unit: { include: ["src/**/*.test.ts"] },
  integration: { include: ["test/**/*.test.ts"] },
  load: { include: ["src/**/*.load.test.ts", "test/**/*.load.test.ts"] },
});
