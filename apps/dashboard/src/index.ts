import { closeOnSignals, createLogger, createMetrics } from "@jamlik/service";
import { loadAssets } from "@jamlik/service/web";
import { parseConfig } from "./config.ts";
import { bundle } from "./server/bundle.ts";
import { indexHtml } from "./server/html.ts";
import { createDashboardServer } from "./server/server.ts";

const config = parseConfig(process.env);
const logger = createLogger("dashboard", config.logLevel);
const started = performance.now();
// A fresh clone has no bundle, and an edited source makes it stale: either way it is built here.
const { manifest, built } = await bundle.ensureBundle({ allowBuild: !config.production });
const service = createDashboardServer({
  logger,
  metrics: createMetrics("dashboard"),
  gatewayUrl: config.gatewayUrl,
  gatewayTimeoutMs: config.gatewayTimeoutMs,
  assets: loadAssets(bundle.bundleDir(manifest)),
  html: indexHtml({
    script: manifest.script,
    style: manifest.style,
    config: { explorerUrl: config.explorerUrl },
  }),
});
const port = await service.listen(config.port, config.host);
logger.info(
  {
    port,
    gateway: config.gatewayUrl,
    bundle: manifest.folder,
    built,
    ms: Math.round(performance.now() - started),
  },
  "dashboard ready",
);
closeOnSignals(service, logger);
