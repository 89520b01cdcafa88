import { DateField, formatTimestamp, today } from "@jamlik/ui";
import type { PublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";

/** The page's address without `per`: the same view as published now. */
function nowHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete("per");
  return `${url.pathname}${url.search}`;
}

/**
 * "Läget per": the day whose end the page reads the regions' data as published at (the URL's `per`),
 * or the instant a permanent link pins. Empty: as published now.
 */
export function PublishedAsOfField({ state }: { state: PublishedAsOf }) {
  return (
    <div class="published-as-of">
      <DateField
        class="no-print"
        label="Läget per"
        hint="Uppgifterna som regionerna hade publicerat när dagen var slut. Tomt: som de är publicerade nu."
        value={state.instant ? state.day : ""}
        max={today()}
        onChange={(value) => setParams({ per: value || undefined })}
      />
      {state.instant && (
        <p class="as-of-notice" data-published-as-of={state.instant}>
          Visar uppgifterna som de var publicerade{" "}
          {state.pinned ? formatTimestamp(state.instant) : `när ${state.day} var slut`}.{" "}
          <a class="no-print" href={nowHref()}>
            Visa läget nu
          </a>
        </p>
      )}
      {state.error && (
        <p class="error no-print" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
