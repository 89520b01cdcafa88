import type { Metric } from "./fragmentTypes.ts";
import type { MetricsQuery } from "./generated/graphql.ts";
import { MetricsDocument as METRICS } from "./generated/graphql.ts";
import { type QueryState, useQuery } from "./useQuery.ts";

/** The national metric catalog, asked for once per visit. */
export function useMetrics(): QueryState<MetricsQuery> & { metrics: Metric[] | undefined } {
  const state = useQuery(METRICS, {}, { cache: true });
  return { ...state, metrics: state.result?.data.metrics };
}
