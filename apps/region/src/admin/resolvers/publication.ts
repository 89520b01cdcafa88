import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { publishRecords } from "../../publication/publish.ts";
import { write } from "../context.ts";
import { deleteDraft, retractRecord } from "../store.ts";

/** Drafts deleted, records published and retracted. */
export const publicationMutations: Pick<MutationResolvers, "deleteDraft" | "publish" | "retract"> = {
  deleteDraft: (_, { entity, id, expectedVersion }, context) =>
    write(context, "editor", async (db, actor) => {
      await deleteDraft(db, actor, entity, id, expectedVersion);
      return true;
    }),
  publish: (_, { records }, context) =>
    write(context, "publisher", (db, actor) => publishRecords(db, actor, records ?? undefined)),
  retract: (_, { entity, id, expectedVersion, withChildren }, context) =>
    write(context, "publisher", (db, actor) =>
      retractRecord(db, actor, entity, id, expectedVersion, withChildren === true),
    ),
};
