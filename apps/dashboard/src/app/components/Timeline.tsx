import { DECISION_STATUS, DemoTag } from "@jamlik/ui";
import type { ComponentChildren } from "preact";
import type { TimelineEvent } from "../graphql/fragmentTypes.ts";

export interface TimelineProps {
  events: TimelineEvent[];
  /** What the list is, for screen readers ("Tidslinje, Region Norrbotten"). */
  label: string;
  /** How an event's source is shown: a disclosure on screen, a footnote number in the report. */
  source: (event: TimelineEvent) => ComponentChildren;
}

/** The region's dated events and decisions, oldest first, each date as its source writes it. */
export function Timeline({ events, label, source }: TimelineProps) {
  if (events.length === 0) return <p class="muted">Dokumenten anger inga daterade händelser.</p>;
  return (
    <ol class="timeline" aria-label={label}>
      {events.map((event, i) => (
        <li key={`${event.date}-${i}`} data-demo={String(event.demo)}>
          <span class="timeline-date">{event.date}</span>
          {event.text}
          {event.decision && event.decision.status !== "ADOPTED" && (
            <span class="muted"> ({DECISION_STATUS[event.decision.status]})</span>
          )}{" "}
          {event.demo && <DemoTag />} {source(event)}
          {event.note && <span class="note">{event.note}</span>}
        </li>
      ))}
    </ol>
  );
}
