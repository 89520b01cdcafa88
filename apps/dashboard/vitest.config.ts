import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "dashboard", { unit: { include: ["test/**/*.test.ts"] } });
