import { closeOnSignals, createHttpService, createLogger } from "@jamlik/service";
import { parseConfig } from "./config.ts";
import { interactionHandler } from "./interactions.ts";
import { createDevProvider } from "./provider.ts";

const config = parseConfig(process.env);
const logger = createLogger("dev-idp", config.logLevel);
const { provider, users } = await createDevProvider(config);
const service = createHttpService({
  logger,
  ready: async () => undefined,
  fallback: interactionHandler(provider, users, [new URL(config.editorUrl).origin]),
});
const port = await service.listen(config.port, config.host);
logger.info({ port, issuer: config.issuer, users: users.length }, "development identity provider ready");
closeOnSignals(service, logger);
