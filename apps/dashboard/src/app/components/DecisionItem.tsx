import { DECISION_STATUS, DemoTag } from "@jamlik/ui";
import type { Decision } from "../graphql/fragmentTypes.ts";
import { SourceDetails } from "./SourceDetails.tsx";

/** A decision in one line (who, when, Dnr, whether it was decided) with its source. */
export function DecisionItem({ decision }: { decision: Decision }) {
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
    </li>
  );
}
