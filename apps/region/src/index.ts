import { closeOnSignals, createLogger } from "@jamlik/service";
import { parseConfig } from "./config.ts";
import { createRegionServer } from "./server.ts";

const config = parseConfig(process.env);
const logger = createLogger(`region-${config.region.code}`, config.logLevel);
const started = performance.now();
const { service } = await createRegionServer({ logger, ...config });
const port = await service.listen(config.port, config.host);
logger.info(
  { region: config.region.code, port, ms: Math.round(performance.now() - started) },
  "regional subgraph ready",
);
closeOnSignals(service, logger);
