import { DemoTag, FINDING_AUTHOR, FINDING_TOPIC } from "@jamlik/ui";
import type { ComponentChildren } from "preact";
import type { Finding, FindingAuthor } from "../graphql/fragmentTypes.ts";

export interface FindingsProps {
  findings: Finding[];
  /** The heading level of each group's heading (the report nests one deeper). */
  level: 3 | 4;
  source: (finding: Finding) => ComponentChildren;
}

const ORDER: FindingAuthor[] = ["AUDITORS", "BOARD", "ADMINISTRATION"];
const GROUP_TITLE: Record<FindingAuthor, string> = {
  AUDITORS: "Revisorernas iakttagelser",
  BOARD: "Regionstyrelsens egna uppgifter",
  ADMINISTRATION: "Förvaltningens egna uppgifter",
};

/** What the auditors found, and what the region says of itself, each quoted with its topic and source. */
export function Findings({ findings, level, source }: FindingsProps) {
  if (findings.length === 0)
    return <p class="muted">Dokumenten innehåller inga iakttagelser för regionen.</p>;
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      {ORDER.map((author) => {
        const group = findings.filter((f) => f.statedBy === author);
        if (group.length === 0) return null;
        return (
          <div key={author}>
            <Heading>{GROUP_TITLE[author]}</Heading>
            <ul class="findings">
              {group.map((finding, i) => (
                <li key={`${author}-${i}`} data-demo={String(finding.demo)}>
                  <span class="tag">{FINDING_TOPIC[finding.topic]}</span>{" "}
                  {finding.period && <span class="muted">{finding.period}: </span>}
                  {finding.text} {finding.demo && <DemoTag />} {source(finding)}
                  {finding.note && <span class="note">{finding.note}</span>}
                  <span class="visually-hidden"> ({FINDING_AUTHOR[finding.statedBy]})</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
