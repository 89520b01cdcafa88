import { GraphQLScalarType } from "graphql";
import type { Resolvers } from "../../generated/adminResolvers.ts";
import { activityMutations } from "./activities.ts";
import { careUnitMutations } from "./careUnits.ts";
import { csvMutations, csvQueries } from "./csv.ts";
import { linkMutations } from "./links.ts";
import { offeringMutations } from "./offerings.ts";
import { publicationMutations } from "./publication.ts";
import { recordQueries } from "./queries.ts";
import { create, measurementMutations, update } from "./records.ts";

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value",
  serialize: (value) => value,
  parseValue: (value) => value,
});

/**
 * The admin API's resolvers: the generic create and update of each entity here, the rest by what
 * they do (offerings, care units, activities, links, publication, CSV) in the modules beside.
 */
export const adminResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: { ...recordQueries, ...csvQueries },
  Mutation: {
    createCareUnit: create("CARE_UNIT"),
    updateCareUnit: update("CARE_UNIT"),
    createDecision: create("DECISION"),
    updateDecision: update("DECISION"),
    createBasutbudVersion: create("BASUTBUD"),
    updateBasutbudVersion: update("BASUTBUD"),
    createGoal: create("GOAL"),
    updateGoal: update("GOAL"),
    createMeasurement: create("MEASUREMENT"),
    updateMeasurement: update("MEASUREMENT"),
    createAudit: create("AUDIT"),
    updateAudit: update("AUDIT"),
    createRecommendation: create("RECOMMENDATION"),
    updateRecommendation: update("RECOMMENDATION"),
    createActionPlan: create("ACTION_PLAN"),
    updateActionPlan: update("ACTION_PLAN"),
    createActivity: create("ACTIVITY"),
    updateActivity: update("ACTIVITY"),
    createFinding: create("FINDING"),
    updateFinding: update("FINDING"),
    createEvent: create("EVENT"),
    updateEvent: update("EVENT"),
    ...measurementMutations,
    ...offeringMutations,
    ...careUnitMutations,
    ...activityMutations,
    ...linkMutations,
    ...publicationMutations,
    ...csvMutations,
  },
};
