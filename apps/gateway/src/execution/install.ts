/**
 * Puts the compiled result shaping (resultShaping.ts) and the operation cache (operationCache.ts)
 * into @apollo/gateway's query plan execution. Both replace a function on a module of
 * @apollo/gateway or @apollo/federation-internals that executeQueryPlan reads at every call; the
 * rest of Apollo's execution (fetches, merging, errors) is untouched. resultShaping.test.ts holds
 * the replacements to Apollo's answers on the installed version; when a module no longer has the
 * function, nothing is replaced and the gateway runs as Apollo ships it.
 */
import { createRequire } from "node:module";
import type { Operation } from "@apollo/federation-internals";
import * as federation from "@apollo/federation-internals";
import type { Logger } from "@jamlik/service";
import { cachingOperationFromDocument, type OperationFromDocument } from "./operationCache.ts";
import {
  type ComputedResponse,
  type ComputeResponseInput,
  compileOperation,
  shapeResponse,
} from "./resultShaping.ts";

type ComputeResponse = (input: ComputeResponseInput) => ComputedResponse;

interface Patchable {
  shaping: { computeResponse: ComputeResponse };
  operations: { operationFromDocument: OperationFromDocument };
  version: string;
}

/** The modules executeQueryPlan calls into, as @apollo/gateway itself resolves them. */
function patchable(): Patchable | string {
  const require = createRequire(import.meta.url);
  const gateway = createRequire(require.resolve("@apollo/gateway"));
  const internals = createRequire(gateway.resolve("@apollo/federation-internals"));
  // The Variable class our steps test against must be the one Apollo's operations are built with.
  if (gateway("@apollo/federation-internals").Variable !== federation.Variable)
    return "@apollo/gateway uses another copy of @apollo/federation-internals";
  const shaping = gateway("./resultShaping.js") as Partial<Patchable["shaping"]>;
  const operations = internals("./operations.js") as Partial<Patchable["operations"]>;
  if (typeof shaping.computeResponse !== "function") return "resultShaping.computeResponse is gone";
  if (typeof operations.operationFromDocument !== "function")
    return "operations.operationFromDocument is gone";
  const version = (gateway("../package.json") as { version: string }).version;
  return { shaping, operations, version } as Patchable;
}

interface Installed {
  target: Patchable;
  apollo: { computeResponse: ComputeResponse; operationFromDocument: OperationFromDocument };
  compiled: { computeResponse: ComputeResponse; operationFromDocument: OperationFromDocument };
}

let installed: Installed | undefined;

/** The functions in place on the target now. */
const functionsOf = (target: Patchable): Installed["apollo"] => ({
  computeResponse: target.shaping.computeResponse,
  operationFromDocument: target.operations.operationFromDocument,
});

/** Apollo's own functions, as they were before any replacement (the tests' reference). */
export function apolloFunctions(): Installed["apollo"] {
  if (installed) return installed.apollo;
  const target = patchable();
  if (typeof target === "string") throw new Error(target);
  return functionsOf(target);
}

function put(target: Patchable, functions: Installed["apollo"]) {
  target.shaping.computeResponse = functions.computeResponse;
  target.operations.operationFromDocument = functions.operationFromDocument;
}

/** Installs both, process-wide (every gateway of the process); returns whether they are in place. */
export function installCompiledExecution(logger?: Logger): boolean {
  if (installed) {
    put(installed.target, installed.compiled);
    return true;
  }
  const target = patchable();
  if (typeof target === "string") {
    logger?.warn({ reason: target }, "compiled result shaping not installed: running Apollo's own");
    return false;
  }
  const apollo = functionsOf(target);
  const operations = new WeakMap<Operation, ReturnType<typeof compileOperation> | null>();
  const compiled = {
    computeResponse: (input: ComputeResponseInput) => {
      let operation = operations.get(input.operation);
      if (operation === undefined) {
        operation = compileOperation(input.operation) ?? null;
        operations.set(input.operation, operation);
      }
      return operation ? shapeResponse(operation, input) : apollo.computeResponse(input);
    },
    operationFromDocument: cachingOperationFromDocument(apollo.operationFromDocument),
  };
  installed = { target, apollo, compiled };
  put(target, compiled);
  logger?.info({ apolloGateway: target.version }, "compiled result shaping installed");
  return true;
}

/** Puts Apollo's own functions back (the benchmark measures both in one process). */
export function restoreApolloExecution(): void {
  if (installed) put(installed.target, installed.apollo);
}
