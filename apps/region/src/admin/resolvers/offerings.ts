import { regionSchema as t } from "@jamlik/db";
import { BadUserInputError } from "@jamlik/schema";
import { and, eq, gte, isNull, lte, ne, or, type SQL } from "drizzle-orm";
import type { RegionDb } from "../../db.ts";
import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { write } from "../context.ts";
import { once } from "../idempotency.ts";
import { inputOf } from "../specs.ts";
import { changeRecord, insertRecords } from "../store.ts";
import { validate } from "../validate.ts";
import { only } from "./records.ts";

/** An open offering may not overlap another period of the same service at the same unit. */
async function assertNoOverlap(
  db: RegionDb,
  careUnitId: number,
  serviceCode: string,
  from: string,
  to: string | null,
) {
  const conditions: SQL[] = [
    eq(t.offerings.careUnitId, careUnitId),
    eq(t.offerings.serviceCode, serviceCode),
    ne(t.offerings.publication, "RETRACTED"),
    or(isNull(t.offerings.validTo), gte(t.offerings.validTo, from)) as SQL,
  ];
  if (to) conditions.push(lte(t.offerings.validFrom, to));
  const [overlap] = await db
    .select()
    .from(t.offerings)
    .where(and(...conditions))
    .limit(1);
  if (overlap) {
    throw new BadUserInputError(
      `overlaps offering ${overlap.id} (${overlap.validFrom}–${overlap.validTo ?? "open"}); close it first`,
      ["input", "validFrom"],
      "overlap",
    );
  }
}

/** Offerings are opened and closed, never edited: a closed period is history. */
export const offeringMutations: Pick<MutationResolvers, "openOffering" | "closeOffering"> = {
  openOffering: (_, { input, idempotencyKey }, context) => {
    const spec = context.specs.OFFERING;
    return write(context, "editor", (db, actor) => {
      const values = validate(context.inputs.offering, input, ["input"]);
      return once(db, actor, idempotencyKey, "create:OFFERING", input, async () => {
        await assertNoOverlap(db, values.careUnitId, values.serviceCode, values.validFrom, values.validTo);
        return only(await insertRecords(db, actor, "OFFERING", [spec.values(values)]));
      });
    });
  },
  closeOffering: (_, { id, expectedVersion, validTo }, context) =>
    write(context, "editor", (db, actor) =>
      changeRecord(db, actor, "OFFERING", id, expectedVersion, (working) => {
        if (working.validTo !== null) {
          throw new BadUserInputError(
            `the offering was already closed on ${working.validTo}`,
            ["id"],
            "closed",
          );
        }
        const spec = context.specs.OFFERING;
        const parsed = validate(context.inputs.offering, { ...inputOf(spec, working), validTo }, []);
        return { validTo: parsed.validTo };
      }),
    ),
};
