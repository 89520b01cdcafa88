import { closeOnSignals, createLogger, startTracing } from "@jamlik/service";
import { parseConfig } from "./config.ts";

const config = parseConfig(process.env);
const logger = createLogger("national", config.logLevel);
// Tracing starts before the server's modules load, so their HTTP use is instrumented.
const tracing = await startTracing("national", { endpoint: config.otelEndpoint, logger });
const { createNationalServer } = await import("./server.ts");
const started = performance.now();
const { service } = await createNationalServer({ logger, ...config });
const port = await service.listen(config.port, config.host);
logger.info({ port, ms: Math.round(performance.now() - started) }, "national subgraph ready");
closeOnSignals(
  {
    close: async () => {
      await service.close();
      await tracing?.shutdown();
    },
  },
  logger,
);
