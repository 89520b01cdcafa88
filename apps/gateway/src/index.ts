import { readFileSync } from "node:fs";
import { closeOnSignals, createLogger, startTracing } from "@jamlik/service";
import { parseConfig } from "./config.ts";

// No anonymous usage data leaves the machine (read by @apollo/gateway when it starts).
process.env.APOLLO_TELEMETRY_DISABLED ??= "1";

const config = parseConfig(process.env);
const logger = createLogger("gateway", config.logLevel);
// Tracing starts before the server's modules load, so their HTTP use is instrumented.
const tracing = await startTracing("gateway", { endpoint: config.otelEndpoint, logger });
const { createGatewayServer } = await import("./server.ts");
const service = await createGatewayServer({
  ...config,
  logger,
  supergraphSdl: readFileSync(config.supergraphPath, "utf8"),
});
const port = await service.listen(config.port, config.host);
logger.info({ port, explorer: `http://${config.host}:${port}/` }, "gateway ready");
closeOnSignals(
  {
    close: async () => {
      await service.close();
      await tracing?.shutdown();
    },
  },
  logger,
);
