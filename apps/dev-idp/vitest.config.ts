import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "dev-idp", {
  unit: { include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
