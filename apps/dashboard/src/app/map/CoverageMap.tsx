import { formatShare } from "../format.ts";
import { type MapFigure, RegionMap } from "./RegionMap.tsx";

interface CoveredRegion {
  code: string;
  name: string;
  coverage?: { asOf: string; share: number | null; unitsTotal: number; demo: boolean } | null;
}

function figureOf(region: CoveredRegion, unavailable: boolean): MapFigure {
  const base = { code: region.code, name: region.name };
  if (unavailable) return { ...base, value: null, text: "uppgift saknas, regionen svarar inte", demo: false };
  const coverage = region.coverage;
  if (!coverage || coverage.share === null)
    return {
      ...base,
      value: null,
      text: "inget basutbud att mäta täckning mot",
      demo: coverage?.demo ?? false,
    };
  return {
    ...base,
    value: coverage.share,
    text: `${formatShare(coverage.share)} av vårdenheterna har hela basutbudet (${coverage.asOf})`,
    demo: coverage.demo,
  };
}

/** Utbud's map: each region's basutbud coverage on the day, the region shown drawn out. */
export function CoverageMap({
  regions,
  unavailable,
  shown,
  asOf,
}: {
  regions: readonly CoveredRegion[];
  unavailable: readonly string[];
  shown?: string;
  asOf: string;
}) {
  return (
    <section class="map-section" aria-labelledby="tackningskarta-rubrik">
      <h2 id="tackningskarta-rubrik">Täckning av basutbudet per region</h2>
      <RegionMap
        title={`Andel vårdenheter som erbjuder hela basutbudet, ${asOf}`}
        figures={regions.map((region) => figureOf(region, unavailable.includes(region.code)))}
        higherIsBetter
        format={formatShare}
        highlight={shown}
        hrefFor={(code) => `/utbud?region=${encodeURIComponent(code)}`}
      />
    </section>
  );
}
