import { ACTIVITY_STATUS, ATTAINMENT } from "@jamlik/ui";
import type { ActivityStatus, Attainment } from "../graphql/fragmentTypes.ts";

/** Goal attainment as symbol, word and colour. */
export function AttainmentBadge({ attainment }: { attainment: Attainment }) {
  const label = ATTAINMENT[attainment];
  return (
    <span class={`badge badge-${attainment.toLowerCase().replace("_", "-")}`} title={label.description}>
      <span aria-hidden="true">{label.symbol}</span> {label.text}
    </span>
  );
}

export function StatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <span class={`badge badge-status-${status.toLowerCase().replace("_", "-")}`}>
      {ACTIVITY_STATUS[status]}
    </span>
  );
}

/** The deadline has passed and whether the activity was done is not known: said as such, never as late. */
export function UnknownStatusBadge({ since }: { since: string | null }) {
  return (
    <span class="badge badge-unknown">
      <span aria-hidden="true">?</span> Okänt om klar{since ? ` (status känd ${since})` : ""}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span class="badge badge-overdue">
      <span aria-hidden="true">⚠</span> Försenad
    </span>
  );
}
