import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "ui", { unit: { include: ["src/**/*.test.ts"] } });
