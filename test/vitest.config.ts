import { workspaceTests } from "../vitest.shared.ts";

const e2e = {
  // Two stacks every file may share, started once; files that stop processes start their own.
  globalSetup: ["e2e/globalSetup.ts"],
  // One after another: every file's processes share the machine's cores.
  fileParallelism: false,
};

export default workspaceTests(import.meta.url, "e2e", {
  e2e: { include: ["e2e/**/*.test.ts", "infra/**/*.test.ts"], options: e2e },
  // Long runs: the soak, the fuzz suites with many cases, Hive Gateway against our subgraphs.
  load: { include: ["e2e/**/*.load.test.ts", "infra/**/*.load.test.ts", "e2e/fuzz.test.ts"], options: e2e },
  // The images built and run with podman (npm run test:images, after test:load in .ci/run).
  images: {
    include: ["images/**/*.images.test.ts"],
    options: { globalSetup: ["images/globalSetup.ts"], fileParallelism: false },
  },
});
