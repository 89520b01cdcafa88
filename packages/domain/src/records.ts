/**
 * The columns every publishable record has that its store keeps and no input sets: its id, when it
 * was created and changed, and its draft-and-publish state. One list: the admin inputs leave them
 * out, the admin API's working copy keeps them beside the content, the editor does not show them as
 * changes (the region's tables spread them from packages/db/src/columns.ts, checked against this).
 */
export const RECORD_BOOKKEEPING = [
  "id",
  "createdAt",
  "updatedAt",
  "publication",
  "version",
  "pending",
  "publishedAt",
] as const;

export type RecordBookkeeping = (typeof RECORD_BOOKKEEPING)[number];
