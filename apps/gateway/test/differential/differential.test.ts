/**
 * The compiled result shaping against Apollo's own, through a real ApolloGateway: random valid
 * queries over a federation written for the purpose (library.ts), each answered twice (compiled,
 * then Apollo's), the whole answers compared as the client gets them (data, errors with paths and
 * extensions, key order). Half of the queries meet subgraphs that send broken data.
 *
 * A few hundred queries in `npm test`; FUZZ_RUNS × 50 (20 000 in `npm run test:load`). The seed
 * changes every run; fast-check prints it on a failure, and FUZZ_SEED replays it.
 */

import { printSchema, Supergraph } from "@apollo/federation-internals";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { fc, fuzzRuns, seededChoices } from "@jamlik/testkit";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installCompiledExecution, restoreApolloExecution } from "../../src/execution/install.ts";
import { type Faults, FaultySubgraph } from "./faultySubgraph.ts";
import { buildLibrary } from "./library.ts";
import { type GeneratedQuery, randomQuery } from "./queries.ts";

const faults: Faults = { seed: 0, rate: 0 };
let server: ApolloServer;
const library = buildLibrary();

beforeAll(async () => {
  const gateway = new ApolloGateway({
    supergraphSdl: library.supergraphSdl,
    buildService: ({ name }) => {
      const schema = library.schemas[name];
      if (!schema) throw new Error(`no subgraph ${name}`);
      return new FaultySubgraph(schema, name, faults);
    },
  });
  server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
  await server.start();
});

afterAll(async () => {
  installCompiledExecution();
  await server?.stop();
});

/** The answer as a client reads it: the JSON text of the whole result, key order included. */
async function answer({ query, variables }: GeneratedQuery): Promise<string> {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== "single") throw new Error("incremental answer");
  return JSON.stringify(response.body.singleResult);
}

async function bothWays(generated: GeneratedQuery) {
  installCompiledExecution();
  const compiled = await answer(generated);
  restoreApolloExecution();
  const apollo = await answer(generated);
  installCompiledExecution();
  return { compiled, apollo };
}

describe("the compiled result shaping answers as Apollo's own, through ApolloGateway", () => {
  it("answers the issue's two queries as Apollo does", async () => {
    for (const query of [
      '{ search(text: "a") { ...A ...B } } fragment A on Book { author { id } } fragment B on Book { author { name } }',
      "{ books { id } ... @include(if: true) { books { title } } }",
    ]) {
      const { compiled, apollo } = await bothWays({ query, variables: {} });
      expect(compiled).toBe(apollo);
      expect(compiled).not.toContain('"errors"');
    }
  });

  it("gives Apollo's whole answer to random queries, with healthy and broken subgraphs", async () => {
    // The API schema in this module's graphql (Apollo's packages load graphql's CommonJS build).
    const schema = buildSchema(printSchema(Supergraph.build(library.supergraphSdl).apiSchema()));
    const stats = { queries: 0, withErrors: 0, repeated: 0 };
    const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (querySeed) => {
        const rng = seededChoices(querySeed);
        const generated = randomQuery(schema, rng);
        faults.seed = querySeed;
        faults.rate = rng.chance(0.5) ? 0 : rng.pick([0.02, 0.05, 0.15]);
        const { compiled, apollo } = await bothWays(generated);
        stats.queries++;
        if (apollo.includes('"errors"')) stats.withErrors++;
        if (/\.\.\.F\d|\.\.\. *(@|\{)/.test(generated.query)) stats.repeated++;
        expect(
          compiled,
          `faults ${JSON.stringify(faults)}\n${generated.query}\n${JSON.stringify(generated.variables)}`,
        ).toBe(apollo);
      }),
      { numRuns: fuzzRuns(6) * 50, ...(seed !== undefined && { seed }) },
    );
    // The queries must exercise what they are for: errors, and fields selected again in fragments.
    expect(stats.withErrors).toBeGreaterThan(stats.queries / 5);
    expect(stats.repeated).toBeGreaterThan(stats.queries / 5);
  });
});
