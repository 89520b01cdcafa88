import { MISSING_REASON, Select } from "@jamlik/ui";
import { formatValue } from "../format.ts";
import type { Measurement, Metric } from "../graphql/fragmentTypes.ts";
import { setParams } from "../router.ts";
import { type MapFigure, RegionMap } from "./RegionMap.tsx";

interface MappedRegion {
  code: string;
  name: string;
  latestValues?: readonly Measurement[] | null;
}

/** A region's newest figure of the metric for the whole region, in words with its period. */
function figureOf(region: MappedRegion, metric: Metric, unavailable: boolean): MapFigure {
  const base = { code: region.code, name: region.name };
  if (unavailable) return { ...base, value: null, text: "uppgift saknas, regionen svarar inte", demo: false };
  const latest = region.latestValues?.find((value) => value.metric.code === metric.code);
  if (!latest) return { ...base, value: null, text: "inga mätvärden för hela regionen", demo: false };
  if (latest.value === null) {
    const why = (latest.missing && MISSING_REASON[latest.missing]) || "värde saknas";
    return { ...base, value: null, text: `${why} (${latest.period})`, demo: latest.demo };
  }
  return {
    ...base,
    value: latest.value,
    text: `${formatValue(latest.value, metric.unit)} (${latest.period})`,
    demo: latest.demo,
  };
}

/**
 * Översikt's map: one metric (picked beside it, kept in the URL) across the regions. Counts are
 * not mapped: regions of different sizes are not compared by them.
 */
export function MetricMap({
  metrics,
  regions,
  unavailable,
  picked,
}: {
  metrics: readonly Metric[];
  regions: readonly MappedRegion[];
  unavailable: readonly string[];
  picked: string | null;
}) {
  const comparable = metrics.filter((metric) => metric.unit !== "COUNT");
  const metric = comparable.find((m) => m.code === picked) ?? comparable[0];
  if (!metric) return null;
  return (
    <section class="map-section" aria-labelledby="karta-rubrik">
      <h2 id="karta-rubrik">Karta</h2>
      <Select
        label="Mått på kartan"
        value={metric.code}
        options={comparable.map((m) => ({ value: m.code, label: m.name }))}
        onChange={(value) => setParams({ karta: value })}
      />
      <RegionMap
        title={`${metric.name}: senaste värde för hela regionen`}
        figures={regions.map((region) => figureOf(region, metric, unavailable.includes(region.code)))}
        higherIsBetter={metric.higherIsBetter}
        format={(value) => formatValue(value, metric.unit)}
        hrefFor={(code) => `/rapport?region=${encodeURIComponent(code)}`}
      />
    </section>
  );
}
