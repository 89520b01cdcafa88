import { type Logger, pino } from "pino";

export type { Logger };

export function createLogger(name: string, level = "info"): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ["req.headers.authorization", "headers.authorization", "*.authorization"],
      censor: "[redacted]",
    },
  });
}
