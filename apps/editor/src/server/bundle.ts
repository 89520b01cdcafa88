import { fileURLToPath } from "node:url";
import { appBundle } from "@jamlik/service/web";

/** The editor's browser bundle: its app, the shared UI package and Preact. */
export const bundle = appBundle({
  root: fileURLToPath(new URL("../../", import.meta.url)),
  shared: ["@jamlik/ui"],
  bundled: ["preact"],
});
