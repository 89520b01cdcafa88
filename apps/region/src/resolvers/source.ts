interface Sourced {
  sourceDocument: string | null;
  sourceDnr: string | null;
  sourceQuote: string | null;
}

/** `Source` of a row, or null for rows without one (demo rows). */
export function sourceOf(row: Sourced) {
  return row.sourceDocument
    ? { document: row.sourceDocument, dnr: row.sourceDnr, quote: row.sourceQuote }
    : null;
}

export const sourced = { source: sourceOf };
