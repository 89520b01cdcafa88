/** `npm run build -w @jamlik/dashboard`: builds the bundle now (the server also does at start when stale) and prints its size. */
import { bundleSizes } from "@jamlik/service/web";
import { bundle } from "../src/server/bundle.ts";

const started = performance.now();
const manifest = await bundle.buildBundle();
process.stdout.write(bundleSizes(bundle, manifest, Math.round(performance.now() - started)));
