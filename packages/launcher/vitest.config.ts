import { workspaceTests } from "../../vitest.shared.ts";

// stack.test.ts starts a small server and a child process: an integration test beside its code.
export default workspaceTests(import.meta.url, "launcher", {
  integration: { include: ["src/**/*.test.ts"] },
});
