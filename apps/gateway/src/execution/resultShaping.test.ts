import { readFileSync } from "node:fs";
import { type HeapProfiler, Session } from "node:inspector/promises";
import {
  buildSchema,
  type CompositeType,
  isCompositeType,
  isCustomScalarType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type Operation,
  operationFromDocument,
  possibleRuntimeTypes,
  type Schema,
  type SelectionSet,
  Supergraph,
  type Type,
} from "@apollo/federation-internals";
import { type SeededChoices, seededChoices } from "@jamlik/testkit";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { apolloFunctions } from "./install.ts";
import { type ComputedResponse, compileOperation, shapeResponse } from "./resultShaping.ts";

// Apollo's own result shaping, the reference (as it was before any gateway of this process replaced it).
const apollo = apolloFunctions().computeResponse;

const EDGE_SDL = `
  scalar JSON
  enum Color { RED GREEN }
  interface Node { id: ID! }
  type A implements Node { id: ID! a: Int color: Color list: [Int] }
  type B implements Node { id: ID! b: String! tags: [String!] child: A }
  union AB = A | B
  type Query {
    node: Node
    nodes: [Node]
    strict: [Node!]!
    ab: [AB]
    int: Int
    float: Float
    bool: Boolean
    str: String
    id: ID
    color: Color
    json: JSON
    nonNull: A!
    matrix: [[Int!]]
  }
`;
const edgeSchema = buildSchema(EDGE_SDL);

type Outcome = { threw: string } | { data: unknown; errors: unknown[] };

const introspection = (selection: { element: { responseName(): string } }) => ({
  introspected: selection.element.responseName(),
});

/** An answer as the client would get it: the JSON text of data (key order included) and the errors. */
function outcome(run: () => ComputedResponse): Outcome {
  try {
    const { data, errors } = run();
    return {
      data: JSON.stringify(data),
      errors: errors.map((error) => ({
        message: error.message,
        path: error.path,
        code: error.extensions.code,
      })),
    };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function both(operation: Operation, input: unknown, variables?: Record<string, unknown>) {
  const args = {
    operation,
    variables,
    input: input as Record<string, unknown>,
    introspectionHandling: introspection as never,
  };
  const compiled = compileOperation(operation);
  if (!compiled) throw new Error("not compiled");
  // Each gets its own copy: Apollo's shaping may reuse parts of the input in its answer.
  const copy = () => structuredClone(args.input);
  return {
    ours: outcome(() => shapeResponse(compiled, { ...args, input: copy() })),
    apollo: outcome(() => apollo({ ...args, input: copy() })),
  };
}

const operationOf = (schema: Schema, query: string) =>
  operationFromDocument(schema, parse(query), { validate: false });

/**
 * Bytes allocated by functions of the module whose URL ends with `module` while `run` runs,
 * collected or not: V8's sampling heap profiler, sampling every kilobyte.
 */
async function allocatedBy(module: string, run: () => void): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post("HeapProfiler.enable");
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    run();
    const { profile } = await session.post("HeapProfiler.stopSampling");
    let bytes = 0;
    const visit = (node: HeapProfiler.SamplingHeapProfileNode) => {
      if (node.callFrame.url.endsWith(module)) bytes += node.selfSize;
      for (const child of node.children) visit(child);
    };
    visit(profile.head);
    return bytes;
  } finally {
    session.disconnect();
  }
}

describe("compiled result shaping against Apollo's computeResponse", () => {
  const cases: { name: string; query: string; input: unknown; variables?: Record<string, unknown> }[] = [
    { name: "no data", query: "{ int }", input: null },
    {
      name: "aliases, order of the query, extra fields left out",
      query: "{ y: str x: int }",
      input: { x: 1, y: "s", z: 3 },
    },
    { name: "missing fields are null", query: "{ int str node { id } }", input: {} },
    {
      name: "a field asked twice through fragments is merged",
      query: "{ node { id ... on A { a } } node { ... on A { color } } }",
      input: { node: { __typename: "A", id: "1", a: 2, color: "RED" } },
    },
    {
      name: "a list asked twice through named fragments, each with other fields",
      query:
        "{ nodes { id ...F ...G } strict { ...G } } fragment F on Node { ... on B { child { id } } } fragment G on Node { ... on B { child { a } } }",
      input: {
        nodes: [
          { __typename: "B", id: "1", child: { id: "2", a: 3 } },
          { __typename: "A", id: "4" },
        ],
        strict: [{ __typename: "B", child: { a: 5 } }],
      },
    },
    {
      name: "a list asked again in a conditional fragment",
      query: "{ nodes { id } ... @include(if: true) { nodes { ... on A { a } } } }",
      input: { nodes: [{ __typename: "A", id: "1", a: 2 }] },
    },
    {
      name: "a list of lists asked twice, the second time with a non-null violation",
      query:
        "query Q($on: Boolean!) { ab { ... on B { id } } ... @skip(if: $on) { x: int } ... @include(if: $on) { ab { ... on B { b } } } }",
      input: {
        ab: [
          { __typename: "B", id: "1", b: null },
          { __typename: "B", id: "2", b: "x" },
        ],
      },
      variables: { on: true },
    },
    {
      name: "fragments by __typename, on interfaces and unions",
      query:
        "{ nodes { __typename id ... on A { a } ... on B { b } } ab { ... on Node { id } ... on B { tags } } }",
      input: {
        nodes: [{ __typename: "A", id: "1", a: 1, b: "no" }, { __typename: "B", id: "2", b: "x" }, null],
        ab: [
          { __typename: "B", id: "3", tags: ["t"] },
          { __typename: "A", id: "4" },
        ],
      },
    },
    {
      name: "aliased __typename, and __typename missing from the input",
      query: "{ node { t: __typename __typename id } nonNull { __typename kind: __typename } }",
      input: { node: { __typename: "B", id: "1" }, nonNull: { id: "2" } },
    },
    {
      name: "__typename naming a type that does not exist",
      query: "{ node { id } nodes { ... on A { a } } }",
      input: { node: { __typename: "Nope", id: "1" }, nodes: [{ __typename: "Nope", a: 1 }] },
    },
    {
      name: "__typename naming a non-object type nulls the parent",
      query: "{ node { __typename id } }",
      input: { node: { __typename: "Color", id: "1" } },
    },
    {
      name: "null in a non-null field bubbles to the nearest nullable parent",
      query: "{ node { ... on B { b child { id } } } strict { id } }",
      input: { node: { __typename: "B", b: null, child: { id: null } }, strict: [{ id: "1" }, { id: null }] },
    },
    {
      name: "null in a non-null root field nulls the data",
      query: "{ int nonNull { id } }",
      input: { int: 1, nonNull: null },
    },
    {
      name: "non-null list elements",
      query: "{ matrix node { ... on B { tags } } }",
      input: { matrix: [[1, 2], [3, null], null, []], node: { __typename: "B", tags: ["a", null] } },
    },
    {
      name: "invalid leaf values become null with an error each",
      query: "{ int float bool str id color json node { ... on A { a list } } }",
      input: {
        int: 1.5,
        float: "1",
        bool: 1,
        str: true,
        id: 2.5,
        color: "BLUE",
        json: { any: ["thing"] },
        node: { __typename: "A", a: "7", list: [1, "2", 3.25, -0, 1e21] },
      },
    },
    {
      name: "valid leaf values of every kind",
      query: "{ int float bool str id color json }",
      input: { int: -12, float: 3, bool: false, str: "", id: 44, color: "GREEN", json: null },
    },
    {
      name: "names an object answers from its prototype",
      query: "{ constructor: int toString: str node { hasOwnProperty: id } }",
      input: { node: { __typename: "A" } },
    },
    {
      name: "@skip and @include, constant and by variable, with a default",
      query:
        "query Q($yes: Boolean!, $no: Boolean! = false) { a: int @skip(if: $yes) b: int @include(if: $yes) c: int @skip(if: $no) d: int @include(if: false) node @include(if: $no) { id } ... on Query @skip(if: $yes) { str } }",
      input: { a: 1, b: 2, c: 3, d: 4, node: { id: "1" }, str: "s" },
      variables: { yes: true },
    },
    {
      name: "a condition on a variable that is not a boolean",
      query: "query Q($maybe: Boolean) { int @include(if: $maybe) }",
      input: { int: 1 },
      variables: { maybe: null },
    },
    {
      name: "introspection fields are answered by the introspection handler",
      query: '{ __schema { queryType { name } } int __type(name: "A") { name } }',
      input: { int: 1 },
    },
    {
      name: "a list where the subgraph sent an object",
      query: "{ nodes { id } }",
      input: { nodes: { id: "1" } },
    },
    {
      name: "an object where the subgraph sent a string",
      query: "{ node { id } }",
      input: { node: "A" },
    },
    {
      name: "a non-string __typename",
      query: "{ node { id } }",
      input: { node: { __typename: 5, id: "1" } },
    },
    {
      name: "an array where an object is expected",
      query: "{ node { map: id length: id } }",
      input: { node: [1, 2] },
    },
  ];

  for (const { name, query, input, variables } of cases) {
    it(name, () => {
      const { ours, apollo } = both(operationOf(edgeSchema, query), input, variables);
      expect(ours).toEqual(apollo);
    });
  }

  it("an object holding exactly the fields asked for, in order, with errors inside", () => {
    const { ours, apollo } = both(
      operationOf(edgeSchema, "{ nodes { id ... on A { a } } strict { id } node { __typename id } }"),
      {
        nodes: [{ id: "1" }, { id: 2.5 }],
        strict: [{ id: "3" }, { id: null }],
        node: { __typename: "A", id: "4" },
      },
    );
    expect(ours).toEqual(apollo);
  });

  it("serves objects and lists that hold exactly what was asked as they are, without copying them", () => {
    const operation = operationOf(edgeSchema, "{ nodes { id ... on A { a } } node { ... on B { b tags } } }");
    const compiled = compileOperation(operation);
    if (!compiled) throw new Error("not compiled");
    const tags = ["x", "y"];
    const exact = { b: "b", tags };
    const input = { nodes: [{ id: "1", a: 2 }], node: { __typename: "B", ...exact } };
    const args = { operation, variables: {}, input, introspectionHandling: introspection as never };
    const expected = JSON.stringify(apollo({ ...args, input: structuredClone(input) }).data);
    const data = shapeResponse(compiled, args).data as { node: { tags: string[] } };
    expect(JSON.stringify(data)).toBe(expected);
    // `node` carries an extra __typename, so it is a new object; its `tags` list is the input's own.
    expect(data.node).not.toBe(input.node);
    expect(data.node.tags).toBe(tags);
  });

  it("allocates nothing per value when the answer holds exactly what was asked", async () => {
    const operation = operationOf(edgeSchema, "{ strict { id } matrix int }");
    const compiled = compileOperation(operation);
    if (!compiled) throw new Error("not compiled");
    const answer = () => ({
      strict: Array.from({ length: 2000 }, (_, i) => ({ id: String(i) })),
      matrix: Array.from({ length: 200 }, () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      int: 1,
    });
    const shape = (input: Record<string, unknown>) => {
      const { errors } = shapeResponse(compiled, {
        operation,
        variables: {},
        input,
        introspectionHandling: introspection as never,
      });
      if (errors.length) throw new Error("unexpected errors");
    };
    // What is measured is shaping in a busy gateway, once the optimising compiler has taken its
    // functions: before that, for…of allocates its iterators (Node 24's V8 gets there after some 30
    // answers, Node 20's after one), and that compiler works on a thread of its own. So: warmed up,
    // then sampled in rounds of 20 answers (inputs built before each round) until one round is
    // clean, 10 rounds at most, the event loop given a turn between them.
    for (let i = 0; i < 100; i++) shape(answer());
    let allocated = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 10 && allocated >= 20 * 8192; round++) {
      const inputs = Array.from({ length: 20 }, answer);
      allocated = await allocatedBy("resultShaping.ts", () => {
        for (const input of inputs) shape(input);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    // 20 answers of 4 200 values each: under 2 bytes per value. Shaping in place needs a few objects
    // per answer (its state, the root); one allocation per value (a closure's context, a boxed
    // number) is tens of bytes per value, megabytes in every round.
    expect(allocated).toBeLessThan(20 * 8192);
  });

  it("leaves an alias __proto__ to Apollo's shaping", () => {
    expect(compileOperation(operationOf(edgeSchema, "{ __proto__: int }"))).toBeUndefined();
    expect(compileOperation(operationOf(edgeSchema, "{ node { __proto__: id } }"))).toBeUndefined();
    expect(compileOperation(operationOf(edgeSchema, "{ node { id } }"))).toBeDefined();
  });

  it("answers a compiled operation again with new data, as often as it is asked", () => {
    const operation = operationOf(edgeSchema, "{ nodes { __typename ... on A { a } ... on B { b } } }");
    const compiled = compileOperation(operation);
    if (!compiled) throw new Error("not compiled");
    for (const typename of ["A", "B", "A"]) {
      const input = { nodes: [{ __typename: typename, a: 1, b: "x" }] };
      const args = { operation, variables: {}, introspectionHandling: introspection as never };
      // Each its own copy: the compiled shaping serves the subgraphs' objects in place.
      const ours = shapeResponse(compiled, { ...args, input: structuredClone(input) });
      expect(JSON.stringify(ours.data)).toBe(JSON.stringify(apollo({ ...args, input }).data));
    }
  });
});

const random = seededChoices;
type Random = SeededChoices;

/**
 * Data as subgraphs could send it for `selectionSet`: mostly right, sometimes with nulls, missing
 * fields, extra fields, invalid leaf values and unknown or other runtime types.
 */
function dataFor(selectionSet: SelectionSet, type: CompositeType, rng: Random): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const runtime = isObjectType(type) ? type : rng.pick(possibleRuntimeTypes(type));
  if (rng.chance(0.9)) object.__typename = rng.chance(0.03) ? "Unknown" : (runtime?.name ?? type.name);
  if (rng.chance(0.2)) object.extra = rng.int(100);
  for (const selection of selectionSet.selections()) {
    if (selection.kind === "FragmentSelection") {
      const condition = selection.element.typeCondition;
      if (!condition || rng.chance(0.7))
        merge(object, dataFor(selection.selectionSet, condition ?? type, rng));
      continue;
    }
    const field = selection.element;
    if (field.name === "__typename" || rng.chance(0.04)) continue;
    object[field.responseName()] = valueFor(field.definition.type as Type, selection.selectionSet, rng);
  }
  return object;
}

/**
 * Merges `source` into `target` as a gateway merges what several fetches bring: a field selected
 * twice (through two fragments) holds what both selections asked for.
 */
function merge(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isRecord(existing) && isRecord(value)) merge(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length)
      value.forEach((element, i) => {
        if (isRecord(existing[i]) && isRecord(element)) merge(existing[i], element);
      });
    else target[key] = value;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valueFor(type: Type, selectionSet: SelectionSet | undefined, rng: Random): unknown {
  if (rng.chance(isNonNullType(type) ? 0.03 : 0.1)) return null;
  if (isNonNullType(type)) return valueFor(type.ofType, selectionSet, rng);
  if (isListType(type))
    return Array.from({ length: rng.int(4) }, () => valueFor(type.ofType, selectionSet, rng));
  if (isCompositeType(type)) return selectionSet ? dataFor(selectionSet, type, rng) : {};
  const invalid = rng.chance(0.05);
  if (isEnumType(type)) return invalid ? "NOT_A_VALUE" : rng.pick(type.values).name;
  if (isCustomScalarType(type)) return rng.pick([{ any: 1 }, "text", 3, [1, 2], true]);
  switch (type.name) {
    case "Int":
      return invalid ? rng.pick(["7", 1.5, true]) : rng.int(2000) - 1000;
    case "Float":
      return invalid ? rng.pick(["7", false]) : rng.int(10000) / 100;
    case "Boolean":
      return invalid ? rng.pick([0, "true"]) : rng.chance(0.5);
    case "ID":
      return invalid ? rng.pick([1.5, false]) : rng.chance(0.5) ? `id-${rng.int(99)}` : rng.int(99);
    default:
      return invalid ? rng.pick([12, false]) : `text ${rng.int(1000)}`;
  }
}

describe("compiled result shaping on generated data", () => {
  const supergraph = readFileSync(new URL("../../supergraph.graphql", import.meta.url), "utf8");
  const apiSchema = Supergraph.build(supergraph).apiSchema();
  const dashboardDocuments = Object.values(
    JSON.parse(
      readFileSync(
        new URL("../../../dashboard/src/app/graphql/generated/persisted-documents.json", import.meta.url),
        "utf8",
      ),
    ) as Record<string, string>,
  );
  const edgeQueries = [
    "{ nodes { __typename id ... on A { a color list } ... on B { b tags child { id a } } } ab { ... on A { id } } matrix strict { id } }",
    "query R($on: Boolean = true) { nodes { id ... on B { child { id } } ...F } ... @include(if: $on) { nodes { ... on B { child { a } } } } } fragment F on Node { ... on B { child { color } } }",
    "{ node { ... on B { child { ... on Node { id } } } } nonNull { id list } int float bool str id color json }",
  ];
  const corpus = [
    ...dashboardDocuments.map((query) => ({ schema: apiSchema, query })),
    ...edgeQueries.map((query) => ({ schema: edgeSchema, query })),
  ];

  it("gives Apollo's answer and errors for every one of 1 000 generated answers", () => {
    const rng = random(20261202);
    let withErrors = 0;
    for (let i = 0; i < 1000; i++) {
      const { schema, query } = corpus[i % corpus.length] as (typeof corpus)[number];
      const operation = operationOf(schema, query);
      const root = schema.schemaDefinition.rootType(operation.rootKind);
      if (!root) throw new Error("no root type");
      const input = dataFor(operation.selectionSet, root, rng);
      const { ours, apollo } = both(operation, input);
      expect(ours, `${query}\n${JSON.stringify(input)}`).toEqual(apollo);
      if ("errors" in apollo && apollo.errors.length > 0) withErrors++;
    }
    // The generated data must exercise the error paths, not only the happy one.
    expect(withErrors).toBeGreaterThan(100);
  });
});
