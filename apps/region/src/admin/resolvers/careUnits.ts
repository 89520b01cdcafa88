import { regionSchema as t } from "@jamlik/db";
import { addDays } from "@jamlik/domain";
import { BadUserInputError } from "@jamlik/schema";
import { and, eq, ne } from "drizzle-orm";
import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { write } from "../context.ts";
import { changedColumns, inputOf } from "../specs.ts";
import { changeRecord } from "../store.ts";
import { validate } from "../validate.ts";

/** Closing a care unit closes its open offerings with it, in one change. */
export const careUnitMutations: Pick<MutationResolvers, "closeCareUnit"> = {
  closeCareUnit: (_, { id, expectedVersion, closedOn }, context) =>
    write(context, "editor", async (db, actor) => {
      const spec = context.specs.CARE_UNIT;
      const closed = await changeRecord(db, actor, "CARE_UNIT", id, expectedVersion, (working) => {
        if (working.closedOn) {
          throw new BadUserInputError(
            `the care unit was already closed on ${working.closedOn}`,
            ["id"],
            "closed",
          );
        }
        const merged = { ...inputOf(spec, working), closedOn };
        return changedColumns(working, spec.values(validate(spec.schema, merged, [])));
      });
      const lastDay = addDays(closedOn, -1);
      const offerings = await db
        .select()
        .from(t.offerings)
        .where(and(eq(t.offerings.careUnitId, id), ne(t.offerings.publication, "RETRACTED")))
        .orderBy(t.offerings.id);
      for (const offering of offerings) {
        const working = { ...offering, ...(offering.pending as Partial<typeof offering> | null) };
        if (working.validTo !== null) continue;
        if (working.validFrom > lastDay) {
          throw new BadUserInputError(
            `offering ${offering.id} (${working.serviceCode}) starts on ${working.validFrom}, on or after the closing day: end or delete it first`,
            ["closedOn"],
            "offering_after_closing",
          );
        }
        await changeRecord(db, actor, "OFFERING", offering.id, offering.version, () => ({
          validTo: lastDay,
        }));
      }
      return closed;
    }),
};
