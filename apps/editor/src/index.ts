import { closeOnSignals, createLogger, createMetrics } from "@jamlik/service";
import { parseConfig } from "./config.ts";
import { buildAssets } from "./server/bundle.ts";
import { oidcClient } from "./server/oidc.ts";
import { createEditorServer } from "./server/server.ts";

const config = parseConfig(process.env);
const logger = createLogger("editor", config.logLevel);
const { assets, html } = await buildAssets();
const service = createEditorServer({
  config,
  logger,
  oidc: oidcClient(config, logger),
  assets,
  html,
  metrics: createMetrics("editor"),
});
const port = await service.listen(config.port, config.host);
logger.info({ port, issuer: config.oidc.issuer, regions: Object.keys(config.adminUrls) }, "editor ready");
closeOnSignals(service, logger);
