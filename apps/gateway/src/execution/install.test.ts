import { createRequire } from "node:module";
import * as federation from "@apollo/federation-internals";
import { describe, expect, it } from "vitest";
import {
  apolloFunctions,
  installCompiledExecution,
  PROVEN_ON,
  restoreApolloExecution,
  unproven,
} from "./install.ts";

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

  it("is installed only on the versions it was proven equal on, the ones installed here", () => {
    expect(gateway("../package.json").version).toBe(PROVEN_ON["@apollo/gateway"]);
    expect(unproven({ ...PROVEN_ON })).toBeUndefined();
    expect(unproven({ ...PROVEN_ON, "@apollo/gateway": "2.14.5" })).toBe(
      "@apollo/gateway is 2.14.5; the replacement was proven equal on 2.14.4 only",
    );
    expect(unproven({ ...PROVEN_ON, "@apollo/federation-internals": "2.15.0" })).toMatch(
      /federation-internals/,
    );
  });
});
