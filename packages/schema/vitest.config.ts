import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "schema", { unit: { include: ["src/**/*.test.ts"] } });
