import type { Logger } from "@jamlik/service";

/** Apollo's logger over pino, with Apollo's own info notes (schema loaded, mode) logged at debug. */
export function quietInfo(logger: Logger) {
  return {
    debug: (message?: unknown) => logger.debug(String(message)),
    info: (message?: unknown) => logger.debug(String(message)),
    warn: (message?: unknown) => logger.warn(String(message)),
    error: (message?: unknown) => logger.error(String(message)),
  };
}
