import { workspaceTests } from "../../vitest.shared.ts";

export default workspaceTests(import.meta.url, "seeds", { unit: { include: ["src/**/*.test.ts"] } });
