import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { PublishedAsOf } from "../publishedAsOf.ts";
import { PublishedAsOfField } from "./PublishedAsOfField.tsx";

export interface PageProps {
  title: string;
  /** The browser tab's title when it should say more than the heading. */
  documentTitle?: string;
  lead?: ComponentChildren;
  /** Loading and partial-data notices: rendered into a live region that exists from the first paint. */
  status?: ComponentChildren;
  /** Moves focus to the heading (after a navigation inside the app, so screen readers start on the new page). */
  focus: boolean;
  busy?: boolean;
  /** The page reads the regions as published at this day or instant ("Läget per", in the URL). */
  publishedAsOf?: PublishedAsOf;
  children?: ComponentChildren;
}

export function Page({
  title,
  documentTitle,
  lead,
  status,
  focus,
  busy,
  publishedAsOf,
  children,
}: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle ?? title} – Jämlik`;
  }, [title, documentTitle]);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, []);
  return (
    <div class="page" aria-busy={busy ? "true" : undefined}>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {lead && <div class="lead">{lead}</div>}
      {publishedAsOf && <PublishedAsOfField state={publishedAsOf} />}
      <div class="live" role="status" aria-live="polite">
        {status}
      </div>
      {children}
    </div>
  );
}
