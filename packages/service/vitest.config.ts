import { workspaceTests } from "../../vitest.shared.ts";

// metrics.test.ts opens databases (PGlite and PostgreSQL) and servers: an integration test beside its code.
export default workspaceTests(import.meta.url, "service", {
  unit: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/metrics.test.ts", "src/tracing.test.ts", "src/server.test.ts"],
  },
  integration: { include: ["src/metrics.test.ts", "src/tracing.test.ts", "src/server.test.ts"] },
});
