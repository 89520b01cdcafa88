import { loadNationalSeed } from "@jamlik/seeds";
import {
  FOLLOW_UP,
  METRIC_SERIES,
  METRICS,
  OFFERINGS,
  overviewQuery,
  REGION_LIST,
  REPORT,
} from "../../dashboard/src/app/graphql/queries.ts";

/**
 * Every operation the comparison dashboard sends, exactly as it sends them (the Översikt query is
 * built for the national metric catalog). The allow-list manifest and the limit tests use these.
 */
export function dashboardOperations(): string[] {
  const metricCodes = loadNationalSeed().metrics.map((metric) => metric.code);
  return [METRICS, REGION_LIST, overviewQuery(metricCodes), METRIC_SERIES, OFFERINGS, FOLLOW_UP, REPORT];
}
