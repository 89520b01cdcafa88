import { readFileSync } from "node:fs";
import { REGIONS } from "@jamlik/registry";
import { closeOnSignals, createLogger } from "@jamlik/service";
import { parseConfig } from "./config.ts";
import { createGatewayServer } from "./server.ts";

// No anonymous usage data leaves the machine (read by @apollo/gateway when it starts).
process.env.APOLLO_TELEMETRY_DISABLED ??= "1";

const config = parseConfig(process.env, REGIONS);
const logger = createLogger("gateway", config.logLevel);
const service = await createGatewayServer({
  ...config,
  logger,
  regions: REGIONS,
  supergraphSdl: readFileSync(config.supergraphPath, "utf8"),
});
const port = await service.listen(config.port, config.host);
logger.info({ port, explorer: `http://${config.host}:${port}/` }, "gateway ready");
closeOnSignals(service, logger);
