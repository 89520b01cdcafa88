import { type Operation, operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { type DocumentNode, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { cachingOperationFromDocument } from "./operationCache.ts";

const SUPERGRAPH = `schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION) { query: Query }
   directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
   directive @join__graph(name: String!, url: String!) on ENUM_VALUE
   directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
   directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
   scalar join__FieldSet
   scalar link__Import
   enum link__Purpose { SECURITY EXECUTION }
   enum join__Graph { A @join__graph(name: "a", url: "http://a") }
   type Query @join__type(graph: A) { region(code: ID!): Region }
   type Region @join__type(graph: A) { code: ID! name: String }`;
const supergraph = Supergraph.build(SUPERGRAPH);

/** operationFromDocument, counting its calls. */
function counted() {
  const calls = { count: 0 };
  const original: typeof operationFromDocument = (...args) => {
    calls.count++;
    return operationFromDocument(...args);
  };
  return { calls, original };
}

/** The document executeQueryPlan builds for each request: the operation, then its fragments. */
const executionDocument = (parsed: DocumentNode): DocumentNode => ({
  kind: Kind.DOCUMENT,
  definitions: [
    ...parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION),
    ...parsed.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
  ],
});

describe("cachingOperationFromDocument", () => {
  const parsed = parse('query R { region(code: "SE-BD") { ...F } } fragment F on Region { code name }');

  it("builds the operation once per schema and parsed operation, for executeQueryPlan's calls", () => {
    const { calls, original } = counted();
    const cached = cachingOperationFromDocument(original);
    const schema = supergraph.apiSchema();
    // A new wrapper document per request, around the same parsed nodes.
    const first = cached(schema, executionDocument(parsed), { validate: false });
    const second = cached(schema, executionDocument(parsed), { validate: false });
    // (Identity compared as a boolean: a failed toBe would print two whole schemas.)
    expect(second === first).toBe(true);
    expect(calls.count).toBe(1);
    expect(first.toString()).toContain("region");

    const otherSchema = Supergraph.build(SUPERGRAPH).apiSchema();
    expect(cached(otherSchema, executionDocument(parsed), { validate: false }) === first).toBe(false);
    expect(calls.count).toBe(2);
  });

  it("builds it again when the fragments are other nodes, and passes every other call through", () => {
    const { calls, original } = counted();
    const cached = cachingOperationFromDocument(original);
    const schema = supergraph.apiSchema();
    const document = executionDocument(parsed);
    const first = cached(schema, document, { validate: false });
    const reparsedFragment = parse("fragment F on Region { code }").definitions;
    const changed = {
      ...document,
      definitions: [document.definitions[0], ...reparsedFragment],
    } as DocumentNode;
    const second: Operation = cached(schema, changed, { validate: false });
    expect(second === first).toBe(false);
    expect(second.toString()).not.toContain("name");

    calls.count = 0;
    cached(schema, parsed, { operationName: "R" });
    cached(schema, parsed, { operationName: "R" });
    cached(schema, document);
    cached(schema, document);
    expect(calls.count).toBe(4);
  });
});
