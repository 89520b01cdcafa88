import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "domain", { unit: { include: ["src/**/*.test.ts"] } });
