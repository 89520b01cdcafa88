import { REGIONS } from "@jamlik/registry";
import { closeOnSignals, createLogger } from "@jamlik/service";
import { parseConfig } from "./config.ts";
import { createNationalServer } from "./server.ts";

const config = parseConfig(process.env);
const logger = createLogger("national", config.logLevel);
const started = performance.now();
const { service } = await createNationalServer({ logger, regions: REGIONS, ...config });
const port = await service.listen(config.port, config.host);
logger.info({ port, ms: Math.round(performance.now() - started) }, "national subgraph ready");
closeOnSignals(service, logger);
