import { closeOnSignals, createLogger, createMetrics } from "@jamlik/service";
import { loadAssets } from "@jamlik/service/web";
import { parseConfig } from "./config.ts";
import { bundle } from "./server/bundle.ts";
import { indexHtml } from "./server/html.ts";
import { oidcClient } from "./server/oidc.ts";
import { createEditorServer } from "./server/server.ts";

const config = parseConfig(process.env);
const logger = createLogger("editor", config.logLevel);
const started = performance.now();
// A fresh clone has no bundle, and an edited source makes it stale: either way it is built here.
// The production image ships a current one, so it never builds there.
const { manifest, built } = await bundle.ensureBundle({ allowBuild: !config.production });
const service = createEditorServer({
  config,
  logger,
  oidc: oidcClient(config, logger),
  assets: loadAssets(bundle.bundleDir(manifest)),
  html: indexHtml({ script: manifest.script, style: manifest.style }),
  metrics: createMetrics("editor"),
});
const port = await service.listen(config.port, config.host);
logger.info(
  {
    port,
    issuer: config.oidc.issuer,
    regions: Object.keys(config.adminUrls),
    bundle: manifest.folder,
    built,
    ms: Math.round(performance.now() - started),
  },
  "editor ready",
);
closeOnSignals(service, logger);
