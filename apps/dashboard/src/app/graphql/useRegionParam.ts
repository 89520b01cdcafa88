import type { RegionRef } from "./fragmentTypes.ts";
import { RegionerDocument as REGION_LIST } from "./generated/graphql.ts";
import { useQuery } from "./useQuery.ts";

/**
 * The region a one-region page shows: `?region=` or else the first in the registry's order. The
 * list is asked once per visit (it is national and does not change while one reads).
 */
export function useRegionParam(params: URLSearchParams): {
  code: string | undefined;
  regions: RegionRef[];
  error: string | undefined;
} {
  const state = useQuery(REGION_LIST, {}, { cache: true });
  const regions = state.result?.data.regions ?? [];
  return { code: params.get("region") ?? regions[0]?.code, regions, error: state.error };
}
