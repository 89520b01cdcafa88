import { createRequire } from "node:module";
import * as federation from "@apollo/federation-internals";
import { describe, expect, it } from "vitest";
import { apolloFunctions, installCompiledExecution, restoreApolloExecution } from "./install.ts";

// The modules @apollo/gateway's executeQueryPlan reads its functions from at every call.
const gateway = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));
const shaping = () => gateway("./resultShaping.js").computeResponse as unknown;

describe("installCompiledExecution", () => {
  it("replaces the functions executeQueryPlan calls, once per process, keeping Apollo's for reference", () => {
    const before = apolloFunctions();
    expect(installCompiledExecution()).toBe(true);
    expect(installCompiledExecution()).toBe(true);
    expect(shaping()).not.toBe(before.computeResponse);
    // executeQueryPlan reaches operationFromDocument through federation-internals' index.
    expect(federation.operationFromDocument).not.toBe(before.operationFromDocument);
    expect(apolloFunctions().computeResponse).toBe(before.computeResponse);
    const replaced = shaping();
    installCompiledExecution();
    expect(shaping()).toBe(replaced);
  });

  it("puts Apollo's own back, and its own again", () => {
    installCompiledExecution();
    const compiled = shaping();
    restoreApolloExecution();
    expect(shaping()).toBe(apolloFunctions().computeResponse);
    expect(federation.operationFromDocument).toBe(apolloFunctions().operationFromDocument);
    installCompiledExecution();
    expect(shaping()).toBe(compiled);
  });
});
