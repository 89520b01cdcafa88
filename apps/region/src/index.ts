import { closeOnSignals, createLogger, startTracing } from "@jamlik/service";
import { parseConfig } from "./config.ts";

const config = parseConfig(process.env);
const name = `region-${config.region.code}`;
const logger = createLogger(name, config.logLevel);
// Tracing starts before the server's modules load, so their HTTP use is instrumented.
const tracing = await startTracing(name, { endpoint: config.otelEndpoint, logger });
const { createRegionServer } = await import("./server.ts");
const started = performance.now();
const { service } = await createRegionServer({ logger, ...config });
const port = await service.listen(config.port, config.host);
logger.info(
  { region: config.region.code, port, ms: Math.round(performance.now() - started) },
  "regional subgraph ready",
);
closeOnSignals(
  {
    close: async () => {
      await service.close();
      await tracing?.shutdown();
    },
  },
  logger,
);
