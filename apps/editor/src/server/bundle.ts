import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { webBundle } from "@jamlik/service/web";

const require = createRequire(import.meta.url);

/** The editor's browser bundle: its app and the shared UI package (`@jamlik/ui`). */
export const bundle = webBundle({
  root: fileURLToPath(new URL("../../", import.meta.url)),
  entry: fileURLToPath(new URL("../app/main.tsx", import.meta.url)),
  inputs: [fileURLToPath(new URL("../app/", import.meta.url)), dirname(require.resolve("@jamlik/ui"))],
  versions: { preact: (require("preact/package.json") as { version: string }).version },
});
