import { formatTimestamp, Loading } from "@jamlik/ui";
import type { RegionStatus } from "../graphql/fragmentTypes.ts";
import type { QueryState } from "../graphql/useQuery.ts";

interface RegionNoticeProps {
  /** Codes of the regions that did not answer. */
  codes: readonly string[];
  statuses: readonly RegionStatus[] | undefined;
  /** Region names from the answer itself (the national list answers even when a region does not). */
  names?: readonly { code: string; name: string }[] | undefined;
}

/** Says, by name, which regions are missing from the page and that the rest is shown. */
export function RegionNotice({ codes, statuses, names }: RegionNoticeProps) {
  if (codes.length === 0) return null;
  const nameOf = (code: string) =>
    statuses?.find((s) => s.code === code)?.name ?? names?.find((r) => r.code === code)?.name ?? code;
  const listed = codes.map(nameOf);
  const joined = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(", ")} och ${listed.at(-1)}`;
  return (
    <div class="notice notice-warning" data-unavailable={codes.join(" ")}>
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {joined} svarar inte just nu.
        </strong>{" "}
        {listed.length === 1 ? "Regionens" : "Regionernas"} uppgifter saknas på sidan; övriga regioner visas
        som vanligt.
      </p>
      <ul>
        {codes.map((code) => {
          const status = statuses?.find((s) => s.code === code);
          return (
            <li key={code}>
              {nameOf(code)} ({code}):{" "}
              {status?.lastSuccess
                ? `senaste svar ${formatTimestamp(status.lastSuccess)}.`
                : "inget svar sedan gatewayen startade."}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The live-region content of a page: loading, or which regions are missing. */
export function QueryStatus<
  T extends { regionStatus?: RegionStatus[]; regions?: { code: string; name: string }[] },
>({ state, what }: { state: QueryState<T>; what?: string }) {
  if (state.loading && !state.result) return <Loading {...(what && { what })} />;
  const result = state.result;
  if (!result) return null;
  // A region whose publication history begins after the instant asked for (extensions.rule, the API's
  // PUBLISHED_HISTORY_RULE in @jamlik/schema).
  const beforeHistory = result.errors.filter((e) => e.extensions?.rule === "published-history");
  const other = result.errors.filter(
    (e) => e.extensions?.code !== "REGION_UNAVAILABLE" && !beforeHistory.includes(e),
  );
  return (
    <>
      <RegionNotice
        codes={result.unavailableRegions}
        statuses={result.data.regionStatus}
        names={result.data.regions}
      />
      {beforeHistory.length > 0 && (
        <div class="notice notice-warning" data-before-history="true">
          <p>
            <strong>Uppgifter saknas för den valda tidpunkten.</strong> Minst en region började föra sin
            publiceringshistorik senare, så det går inte att säga vad den hade publicerat då. Välj en senare
            dag eller visa läget nu.
          </p>
        </div>
      )}
      {other.length > 0 && result.unavailableRegions.length === 0 && (
        <div class="notice notice-warning">
          <p>
            <strong>Svaret är ofullständigt.</strong> En del uppgifter kunde inte hämtas: {other[0]?.message}
          </p>
        </div>
      )}
    </>
  );
}
