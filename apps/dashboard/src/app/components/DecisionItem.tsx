import type { Decision } from "../graphql/types.ts";
import { SourceDetails } from "./SourceDetails.tsx";

/** A decision in one line (who, when, Dnr) with its source. */
export function DecisionItem({ decision }: { decision: Decision }) {
  const meta = [decision.body, decision.date, decision.dnr && `Dnr ${decision.dnr}`].filter(Boolean);
  return (
    <li>
      <span class="decision-title">{decision.title}</span>
      {meta.length > 0 && <span class="muted"> ({meta.join(", ")})</span>}
      <SourceDetails source={decision.source} context={`beslutet ${decision.title}`} />
    </li>
  );
}
