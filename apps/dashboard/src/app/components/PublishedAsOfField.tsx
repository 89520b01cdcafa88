import { formatTimestamp, today } from "@jamlik/ui";
import { useId } from "preact/hooks";
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
  const id = useId();
  return (
    <div class="published-as-of">
      <div class="field no-print">
        <label for={id}>Läget per</label>
        <span class="hint" id={`${id}-hint`}>
          Uppgifterna som regionerna hade publicerat när dagen var slut. Tomt: som de är publicerade nu.
        </span>
        <input
          id={id}
          type="date"
          value={state.instant ? state.day : ""}
          max={today()}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setParams({ per: event.currentTarget.value || undefined })}
        />
      </div>
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
