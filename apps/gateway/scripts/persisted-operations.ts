/** Writes apps/gateway/persisted-operations.json: the dashboard's operations, for the allow-list. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dashboardOperations } from "../src/dashboardOperations.ts";
import { persistedManifest } from "../src/persistedManifest.ts";

const target = fileURLToPath(new URL("../persisted-operations.json", import.meta.url));
const manifest = persistedManifest(dashboardOperations());
writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${target} (${manifest.operations.length} operations)`);
