import type { AuditFieldsFragment } from "../graphql/generated/graphql.ts";

type AuditFacts = Pick<AuditFieldsFragment, "title" | "titleInferred" | "year" | "yearInferred" | "auditor">;

/**
 * An audit's title, year and auditor as the documents give them: a title or a year read out of the
 * text says so beside it, on the screen and in print, not only in the note.
 */
export function AuditTitle({ audit }: { audit: AuditFacts }) {
  const year =
    audit.year === null || audit.year === undefined
      ? null
      : `${audit.year}${audit.yearInferred ? ", året härlett ur texten" : ""}`;
  const facts = [year, audit.auditor].filter(Boolean).join("; ");
  return (
    <>
      {audit.title}
      {audit.titleInferred && <span class="inferred"> (titeln härledd: dokumentet anger ingen titel)</span>}
      {facts && <span class="muted"> ({facts})</span>}
    </>
  );
}
