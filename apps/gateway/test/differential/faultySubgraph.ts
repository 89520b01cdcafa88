/**
 * A subgraph as the gateway meets it over HTTP (its answer a fresh JSON parse), optionally sending
 * what a faulty subgraph sends: values nulled or left out, leaves of the wrong type, unknown or
 * abstract `__typename`s, objects where lists belong. What it breaks depends only on the fault
 * seed and the request, so the same query gets the same answers in every run.
 */
import { type GraphQLDataSourceProcessOptions, LocalGraphQLDataSource } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { type SeededChoices as Random, seededChoices, stringSeed } from "@jamlik/testkit";

/** Which answers are broken, and how often a value is: set before each query. */
export interface Faults {
  seed: number;
  /** Chance, per value of an answer, that it is broken; 0 sends every answer as it is. */
  rate: number;
}

const WRONG_VALUES: unknown[] = ["7", 1.5, true, { x: 1 }, [1], "NOT_A_VALUE", 2 ** 40];
const WRONG_TYPENAMES = ["Nope", "Item", "Hit", "Query", "Rating", "Author", "Book"];

function corrupt(value: unknown, rng: Random, rate: number): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = breakValue(value[i], rng, rate);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (rng.chance(rate / 2)) {
        delete object[key];
        continue;
      }
      if (key === "__typename") {
        if (rng.chance(rate)) object[key] = rng.pick(WRONG_TYPENAMES);
        continue;
      }
      object[key] = breakValue(object[key], rng, rate);
    }
  }
  return value;
}

function breakValue(value: unknown, rng: Random, rate: number): unknown {
  if (!rng.chance(rate)) return corrupt(value, rng, rate);
  switch (rng.int(4)) {
    case 0:
      return null;
    case 1:
      // A copy each time: the answer is shaped in place, and a shared constant would carry one
      // run's shaping into the next run's input.
      return structuredClone(rng.pick(WRONG_VALUES));
    case 2:
      return Array.isArray(value)
        ? (value[0] ?? {})
        : value !== null && typeof value === "object"
          ? [value]
          : value;
    default:
      return corrupt(value, rng, rate);
  }
}

export class FaultySubgraph extends LocalGraphQLDataSource {
  private readonly name: string;
  private readonly faults: Faults;
  constructor(schema: ConstructorParameters<typeof LocalGraphQLDataSource>[0], name: string, faults: Faults) {
    super(schema);
    this.name = name;
    this.faults = faults;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const answer = JSON.parse(JSON.stringify(await super.process(options))) as GatewayGraphQLResponse;
    if (this.faults.rate > 0 && answer.data) {
      const { query, variables } = options.request;
      const rng = seededChoices(
        this.faults.seed ^ stringSeed(`${this.name}\n${query}\n${JSON.stringify(variables)}`),
      );
      corrupt(answer.data, rng, this.faults.rate);
    }
    return answer;
  }
}
