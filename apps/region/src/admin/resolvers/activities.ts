import { todayIso } from "@jamlik/domain";
import type { MutationResolvers } from "../../generated/adminResolvers.ts";
import { change } from "./records.ts";

/** An activity's status changes only here, dated by when it is known. */
export const activityMutations: Pick<MutationResolvers, "setActivityStatus"> = {
  setActivityStatus: (_, args, context) =>
    change(context, "ACTIVITY", args, {
      status: args.status,
      completedOn: args.completedOn ?? null,
      // A status set now is known now, unless the caller says for when it is known.
      statusAsOf: args.statusAsOf ?? (args.status === "UNKNOWN" ? null : todayIso()),
    }),
};
