import { DECISION_STATUS, DemoTag } from "@jamlik/ui";
import type { Decision, Source } from "../graphql/fragmentTypes.ts";
import { SourceDetails } from "./SourceDetails.tsx";

/** What links a decision to a recommendation: a note and the source that says so. */
interface Link {
  note: string | null;
  source: Source | null;
  /** For screen readers: which link the source is of. */
  context: string;
}

/**
 * A decision in one line (who, when, Dnr, whether it was decided) with its source; as the answer to
 * a recommendation, also what the link rests on, with its own source.
 */
export function DecisionItem({ decision, link }: { decision: Decision; link?: Link }) {
  const meta = [
    decision.body,
    decision.date,
    decision.dnr && `Dnr ${decision.dnr}`,
    decision.status !== "ADOPTED" && DECISION_STATUS[decision.status],
  ].filter(Boolean);
  return (
    <li data-demo={String(decision.demo)}>
      <span class="decision-title">{decision.title}</span>
      {meta.length > 0 && <span class="muted"> ({meta.join(", ")})</span>} {decision.demo && <DemoTag />}
      {decision.note && <span class="note">{decision.note}</span>}
      <SourceDetails source={decision.source} context={`beslutet ${decision.title}`} />
      {link?.note && <span class="note">Kopplingen: {link.note}</span>}
      {link?.source && (
        <SourceDetails
          source={link.source}
          context={`kopplingen mellan ${link.context}`}
          label="Källa för kopplingen"
        />
      )}
    </li>
  );
}
