import { createRequire } from "node:module";
import { context, type DiagLogger, DiagLogLevel, diag, propagation } from "@opentelemetry/api";
import type { Logger } from "pino";

export interface Tracing {
  /** Exports the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://collector:4318); unset: no tracing. */
  endpoint?: string | undefined;
  logger: Logger;
}

/** Probes and scrapes: not worth a trace each. */
const UNTRACED_PATHS = new Set(["/health", "/ready", "/metrics"]);

/**
 * Starts OpenTelemetry tracing: a span for every HTTP request served and sent (node:http),
 * exported over OTLP/HTTP to `${endpoint}/v1/traces`, with the `service.name` resource
 * attribute, and W3C trace context (`traceparent`) read from incoming and written to outgoing
 * requests. Returns undefined, loading nothing, when `endpoint` is not set.
 *
 * It must start before other modules load `http`: an app calls it first in its index.ts and only
 * then imports the rest with a dynamic `import()` (static imports are evaluated before any code
 * runs). A module that took `http.request` before (a named import, `const { request } =
 * require("http")`) keeps the uninstrumented function. Clients that do not use node:http (undici,
 * global fetch) are not instrumented at all: pass the trace on with {@link injectTraceContext}.
 *
 * Importing this module starts nothing; the SDK is only loaded here.
 */
export async function startTracing(service: string, options: TracingOptions): Promise<Tracing | undefined> {
  const { endpoint, logger } = options;
  if (!endpoint) return undefined;
  // The tracer provider and the one exporter and instrumentation used, not @opentelemetry/sdk-node:
  // that brings every exporter (gRPC, protobuf, Prometheus, logs, metrics), some 150 MB that each
  // image would carry for nothing.
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { resourceFromAttributes },
    { W3CTraceContextPropagator },
    { registerInstrumentations },
    { OTLPTraceExporter },
    { HttpInstrumentation },
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/core"),
    import("@opentelemetry/instrumentation"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/instrumentation-http"),
  ]);
  diag.setLogger(diagLogger(logger.child({ component: "opentelemetry" })), DiagLogLevel.WARN);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": service }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` })),
    ],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) =>
          UNTRACED_PATHS.has(new URL(req.url ?? "/", "http://localhost").pathname),
      }),
    ],
  });
  // The instrumentation patches node:http when it is next required; do it now, in case it was
  // already loaded (Server.prototype and the module object are shared with every importer).
  const require = createRequire(import.meta.url);
  require("node:http");
  require("node:https");
  logger.info({ endpoint }, "tracing started");
  return { shutdown: () => provider.shutdown() };
}

/**
 * Writes the active trace context (`traceparent`) into outgoing request headers, for HTTP clients
 * the instrumentation does not see (undici, global fetch). Does nothing when tracing is off.
 */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, {
    set: (carrier, key, value) => carrier.set(key, value),
  });
}

function diagLogger(log: Logger): DiagLogger {
  const at =
    (level: "error" | "warn" | "info" | "debug" | "trace") =>
    (message: string, ...args: unknown[]) =>
      log[level](args.length > 0 ? { args } : {}, message);
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug"), verbose: at("trace") };
}
