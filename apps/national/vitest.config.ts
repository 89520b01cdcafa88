import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "national", {
  unit: { include: ["src/**/*.test.ts"] },
  integration: { include: ["test/**/*.test.ts"] },
});
