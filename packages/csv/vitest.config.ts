import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "csv", {
  unit: { include: ["src/**/*.test.ts"] },
  load: { include: ["src/**/*.load.test.ts"] },
});
