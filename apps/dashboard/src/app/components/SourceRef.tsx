import type { Source } from "../graphql/fragmentTypes.ts";
import type { SourceIndex } from "../sources.ts";

/** A footnote number linking to the report's list of sources (printable, unlike a disclosure). */
export function SourceRef({ index, source }: { index: SourceIndex; source: Source | null | undefined }) {
  const number = index.ref(source);
  if (number === undefined) return <span class="muted">–</span>;
  return (
    <a class="source-ref" href={`#kalla-${number}`}>
      [{number}]<span class="visually-hidden"> källa {number}</span>
    </a>
  );
}

export function SourceList({ index }: { index: SourceIndex }) {
  return (
    <ol class="source-list">
      {index.entries.map((source, i) => (
        <li key={`${source.document}-${i}`} id={`kalla-${i + 1}`} value={i + 1}>
          <span class="source-document">{source.document}</span>
          {source.dnr && <span>, Dnr {source.dnr}</span>}
          {source.quote && <blockquote>”{source.quote}”</blockquote>}
        </li>
      ))}
    </ol>
  );
}
