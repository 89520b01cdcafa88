import type { Source } from "../graphql/fragmentTypes.ts";

export interface SourceDetailsProps {
  source: Source | null | undefined;
  /** What the source is for, read by screen readers after "Källa" (every summary otherwise sounds alike). */
  context: string;
  /** The summary's visible word. */
  label?: string;
}

/** The document, Dnr and quote behind a figure, on demand (a native disclosure: keyboard and screen reader ready). */
export function SourceDetails({ source, context, label = "Källa" }: SourceDetailsProps) {
  if (!source) return null;
  return (
    <details class="source">
      <summary>
        {label}
        <span class="visually-hidden"> för {context}</span>
      </summary>
      <dl>
        <dt>Dokument</dt>
        <dd class="source-document">{source.document}</dd>
        <dt>Dnr</dt>
        <dd>{source.dnr ?? "anges inte"}</dd>
        {source.quote && (
          <>
            <dt>Citat</dt>
            <dd>
              <blockquote lang="sv">”{source.quote}”</blockquote>
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
