/**
 * What an answer costs without the network: Apollo Server with @apollo/gateway as Apollo ships it,
 * the same with our gateway's compiled execution (apps/gateway/src/execution), and the floor's
 * merge, all in this process, answering from subgraph answers recorded once and replayed from
 * memory (each replay parses its copy, as a real fetch does). Rounds alternate the three; a V8
 * profile of the compiled rounds (what our gateway runs) says which functions the time is in.
 */
import { Session } from "node:inspector/promises";
import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { installCompiledExecution, restoreApolloExecution } from "@jamlik/gateway/execution";
import { SUBGRAPH_CREDENTIAL_HEADER } from "@jamlik/service";
import { executePlan, type Json, Planner } from "./plan.ts";
import { type CpuProfile, type ModuleTime, summariseFunctions } from "./profile.ts";
import type { BenchQuery } from "./queries.ts";

export interface InProcessResult {
  /** CPU ms per answer of Apollo Server + @apollo/gateway as Apollo ships it, median of the rounds. */
  apolloMs: number;
  apolloRounds: number[];
  /** The same with our gateway's compiled execution installed, median of the rounds. */
  compiledMs: number;
  compiledRounds: number[];
  /** CPU ms per answer of the floor's plan execution, merge and serialisation, median of the rounds. */
  floorMs: number;
  floorRounds: number[];
  answersPerRound: number;
  /** Self time by function with the compiled execution (what our gateway runs), per answer. */
  functions: ModuleTime[];
}

type Request = { query?: string; variables?: Record<string, unknown>; operationName?: string };

export async function measureInProcess(options: {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  secret: string;
  queries: BenchQuery[];
  rounds: number;
  answersPerRound: number;
  repoRoot: string;
}): Promise<Partial<Record<string, InProcessResult>>> {
  const recorded = new Map<string, string>();
  const answer = async (name: string, body: string): Promise<string> => {
    const key = `${name}\n${body}`;
    const known = recorded.get(key);
    if (known) return known;
    const url = options.subgraphUrls[name];
    if (!url) throw new Error(`no URL for subgraph ${name}`);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [SUBGRAPH_CREDENTIAL_HEADER]: options.secret },
      body,
    });
    const text = await response.text();
    recorded.set(key, text);
    return text;
  };
  class Replay implements GraphQLDataSource {
    readonly name: string;
    constructor(name: string) {
      this.name = name;
    }
    async process({ request }: { request: Request }) {
      const { query, variables, operationName } = request;
      return JSON.parse(await answer(this.name, JSON.stringify({ query, variables, operationName })));
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new Replay(name),
  });
  const apollo = new ApolloServer({ gateway });
  await apollo.start();
  if (!installCompiledExecution()) throw new Error("the compiled execution could not be installed");
  const planner = new Planner(options.supergraphSdl);
  const headers = new HeaderMap([["content-type", "application/json"]]);
  const results: Partial<Record<string, InProcessResult>> = {};
  try {
    for (const query of options.queries) {
      const viaApollo = async () => {
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: "POST",
            headers,
            search: "",
            body: { query: query.query, variables: query.variables },
          },
          context: async () => ({}),
        });
        if (response.body.kind !== "complete" || response.body.string.includes('"errors"'))
          throw new Error(`Apollo in process, ${query.title}: no complete answer`);
        return response.body.string;
      };
      /** Apollo as it ships: our compiled execution taken out for the call, and put back. */
      const asShipped = async <T>(run: () => Promise<T>): Promise<T> => {
        restoreApolloExecution();
        try {
          return await run();
        } finally {
          installCompiledExecution();
        }
      };
      const viaFloor = async () => {
        const data = await executePlan(
          planner.plan(query.query),
          (query.variables ?? {}) as Record<string, Json>,
          async (name, body) => JSON.parse(await answer(name, JSON.stringify(body))).data,
        );
        JSON.stringify({ data });
      };
      // Records every subgraph answer, then warms all three; the two Apollo answers must be the same bytes.
      for (let i = 0; i < 30; i++) {
        const shipped = await asShipped(viaApollo);
        if ((await viaApollo()) !== shipped)
          throw new Error(`${query.title}: Apollo's answer and the compiled execution's differ`);
        await viaFloor();
      }
      const cpuPerAnswer = async (run: () => Promise<unknown>) => {
        const before = process.cpuUsage();
        for (let i = 0; i < options.answersPerRound; i++) await run();
        const used = process.cpuUsage(before);
        return (used.user + used.system) / 1000 / options.answersPerRound;
      };
      const session = new Session();
      session.connect();
      await session.post("Profiler.enable");
      const apolloRounds: number[] = [];
      const compiledRounds: number[] = [];
      const floorRounds: number[] = [];
      let profile: CpuProfile | undefined;
      for (let round = 0; round < options.rounds; round++) {
        // The last compiled round is profiled; its CPU time is not counted (the profiler costs some).
        if (round === options.rounds - 1) {
          await session.post("Profiler.start");
          for (let i = 0; i < options.answersPerRound; i++) await viaApollo();
          profile = (await session.post("Profiler.stop")).profile as unknown as CpuProfile;
        }
        apolloRounds.push(await asShipped(() => cpuPerAnswer(viaApollo)));
        compiledRounds.push(await cpuPerAnswer(viaApollo));
        floorRounds.push(await cpuPerAnswer(viaFloor));
      }
      session.disconnect();
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      results[query.key] = {
        apolloMs: median(apolloRounds),
        apolloRounds,
        compiledMs: median(compiledRounds),
        compiledRounds,
        floorMs: median(floorRounds),
        floorRounds,
        answersPerRound: options.answersPerRound,
        functions: profile
          ? summariseFunctions(profile, options.answersPerRound, options.repoRoot).slice(0, 10)
          : [],
      };
    }
  } finally {
    restoreApolloExecution();
    await apollo.stop();
  }
  return results;
}
