import { REGION_LIST, type RegionListData } from "./queries.ts";
import type { RegionRef } from "./types.ts";
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
  const state = useQuery<RegionListData>(REGION_LIST, {}, { cache: true });
  const regions = state.result?.data.regions ?? [];
  return { code: params.get("region") ?? regions[0]?.code, regions, error: state.error };
}
