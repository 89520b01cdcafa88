import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "registry", { unit: { include: ["src/**/*.test.ts"] } });
