/**
 * Puts the compiled result shaping (resultShaping.ts) and the operation cache (operationCache.ts)
 * into @apollo/gateway's query plan execution. Both replace a function on a module of
 * @apollo/gateway or @apollo/federation-internals that executeQueryPlan reads at every call; the
 * rest of Apollo's execution (fetches, merging, errors) is untouched.
 *
 * The replacement is installed only on the exact versions it was proven equal on (PROVEN_ON:
 * resultShaping.test.ts and the differential fuzz of test/differential, see
 * docs/decisions/0001-compiled-result-shaping.md); on any other version, or when a module no
 * longer has the function, nothing is replaced and the gateway runs as Apollo ships it.
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
import { type VerificationOutcome, verifyingComputeResponse } from "./verification.ts";

/** The versions the replacement was proven equal on; package.json pins them exactly. */
export const PROVEN_ON = {
  "@apollo/gateway": "2.14.4",
  "@apollo/federation-internals": "2.14.4",
} as const;

type ComputeResponse = (input: ComputeResponseInput) => ComputedResponse;

interface Patchable {
  shaping: { computeResponse: ComputeResponse };
  operations: { operationFromDocument: OperationFromDocument };
  versions: Record<keyof typeof PROVEN_ON, string>;
}

/** Why the replacement must not run on these versions, or undefined when they are the proven ones. */
export function unproven(versions: Record<keyof typeof PROVEN_ON, string>): string | undefined {
  for (const [name, proven] of Object.entries(PROVEN_ON)) {
    const found = versions[name as keyof typeof PROVEN_ON];
    if (found !== proven) return `${name} is ${found}; the replacement was proven equal on ${proven} only`;
  }
  return undefined;
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
  const versions = {
    "@apollo/gateway": (gateway("../package.json") as { version: string }).version,
    "@apollo/federation-internals": (internals("../package.json") as { version: string }).version,
  };
  return unproven(versions) ?? ({ shaping, operations, versions } as Patchable);
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

export interface InstallOptions {
  logger?: Logger | undefined;
  /**
   * `on`: every answer shaped compiled. `verify`: a share of answers (`verifyShare`) shaped both
   * ways, Apollo's served on a mismatch (verification.ts).
   */
  mode?: "on" | "verify";
  verifyShare?: number;
  onVerified?: (outcome: VerificationOutcome) => void;
}

/**
 * Installs both, process-wide (every gateway of the process; the last call's options apply);
 * returns whether they are in place.
 */
export function installCompiledExecution(options: InstallOptions = {}): boolean {
  const { logger } = options;
  if (!installed) {
    const target = patchable();
    if (typeof target === "string") {
      logger?.warn({ reason: target }, "compiled result shaping not installed: running Apollo's own");
      return false;
    }
    const apollo = functionsOf(target);
    installed = {
      target,
      apollo,
      compiled: {
        computeResponse: compiledComputeResponse(apollo.computeResponse),
        operationFromDocument: cachingOperationFromDocument(apollo.operationFromDocument),
      },
    };
  }
  const { target, apollo, compiled } = installed;
  put(
    target,
    options.mode === "verify"
      ? {
          ...compiled,
          computeResponse: verifyingComputeResponse(compiled.computeResponse, apollo.computeResponse, {
            share: options.verifyShare ?? 1,
            logger,
            onVerified: options.onVerified,
          }),
        }
      : compiled,
  );
  logger?.info(
    { ...target.versions, mode: options.mode ?? "on", verifyShare: options.verifyShare },
    "compiled result shaping installed",
  );
  return true;
}

/** Compiles each operation once (kept per Apollo operation model); Apollo's for one it does not shape. */
function compiledComputeResponse(apollo: ComputeResponse): ComputeResponse {
  const operations = new WeakMap<Operation, ReturnType<typeof compileOperation> | null>();
  return (input) => {
    let operation = operations.get(input.operation);
    if (operation === undefined) {
      operation = compileOperation(input.operation) ?? null;
      operations.set(input.operation, operation);
    }
    return operation ? shapeResponse(operation, input) : apollo(input);
  };
}

/** Puts Apollo's own functions back (the benchmark measures both in one process). */
export function restoreApolloExecution(): void {
  if (installed) put(installed.target, installed.apollo);
}
