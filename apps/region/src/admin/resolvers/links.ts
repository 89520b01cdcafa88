import { regionSchema as t } from "@jamlik/db";
import { and, eq } from "drizzle-orm";
import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { type AdminContext, write } from "../context.ts";
import { recordChanges } from "../history.ts";

type LinkKind = "RECOMMENDATION_DECISION" | "RECOMMENDATION_ACTIVITY";

/**
 * Links (or unlinks) a recommendation and a decision or activity, recorded in the history. A link
 * is served at once (it has no draft state), so it is a publishing act: it needs the publisher role
 * (docs/decisions/0002-links-are-published-by-publishers.md).
 */
function link(
  context: AdminContext,
  kind: LinkKind,
  operation: "LINK" | "UNLINK",
  recommendationId: number,
  otherId: number,
) {
  return write(context, "publisher", async (db, actor) => {
    if (kind === "RECOMMENDATION_DECISION") {
      const table = t.recommendationDecisions;
      if (operation === "LINK")
        await db.insert(table).values({ recommendationId, decisionId: otherId }).onConflictDoNothing();
      else
        await db
          .delete(table)
          .where(and(eq(table.recommendationId, recommendationId), eq(table.decisionId, otherId)));
    } else {
      const table = t.recommendationActivities;
      if (operation === "LINK")
        await db.insert(table).values({ recommendationId, activityId: otherId }).onConflictDoNothing();
      else
        await db
          .delete(table)
          .where(and(eq(table.recommendationId, recommendationId), eq(table.activityId, otherId)));
    }
    const values = {
      recommendationId,
      [kind === "RECOMMENDATION_DECISION" ? "decisionId" : "activityId"]: otherId,
    };
    await recordChanges(db, actor, [
      {
        operation,
        entity: kind,
        entityId: recommendationId,
        before: operation === "UNLINK" ? values : null,
        after: operation === "LINK" ? values : null,
      },
    ]);
    return true;
  });
}

export const linkMutations: Pick<
  MutationResolvers,
  | "linkRecommendationDecision"
  | "unlinkRecommendationDecision"
  | "linkRecommendationActivity"
  | "unlinkRecommendationActivity"
> = {
  linkRecommendationDecision: (_, args, context) =>
    link(context, "RECOMMENDATION_DECISION", "LINK", args.recommendationId, args.decisionId),
  unlinkRecommendationDecision: (_, args, context) =>
    link(context, "RECOMMENDATION_DECISION", "UNLINK", args.recommendationId, args.decisionId),
  linkRecommendationActivity: (_, args, context) =>
    link(context, "RECOMMENDATION_ACTIVITY", "LINK", args.recommendationId, args.activityId),
  unlinkRecommendationActivity: (_, args, context) =>
    link(context, "RECOMMENDATION_ACTIVITY", "UNLINK", args.recommendationId, args.activityId),
};
