import { METRICS, type MetricsData } from "./queries.ts";
import type { Metric } from "./types.ts";
import { type QueryState, useQuery } from "./useQuery.ts";

/** The national metric catalog, asked for once per visit. */
export function useMetrics(): QueryState<MetricsData> & { metrics: Metric[] | undefined } {
  const state = useQuery<MetricsData>(METRICS, {}, { cache: true });
  return { ...state, metrics: state.result?.data.metrics };
}
