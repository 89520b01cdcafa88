import type { AdminInputs } from "@jamlik/schema";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as Api from "../../src/generated/adminResolvers.ts";

/** Every key present, each with the values it takes (whether a field is required is the generator's test). */
type Values<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
/** What the zod input `K` takes for the fields of `T` (naming a field it does not have is an error). */
type In<K extends keyof AdminInputs, T> = {
  [F in keyof T]-?: F extends keyof z.input<AdminInputs[K]>
    ? Values<z.input<AdminInputs[K]>>[F]
    : "a field the zod input does not have";
};
/** A patch's values as they are merged: a field given null in a patch is refused if its input refuses null. */
type Given<T> = { [K in keyof T]-?: Exclude<T[K], undefined | null> };

/**
 * The admin API's generated input types are what the zod inputs accept: checked by `tsc` (npm test
 * typechecks every test file), so SDL and validation cannot part.
 */
describe("the admin API's input types", () => {
  it("are accepted by the zod inputs they are generated from", () => {
    expectTypeOf<Values<Api.CareUnitInput>>().toExtend<In<"careUnit", Api.CareUnitInput>>();
    expectTypeOf<Values<Api.OpenOfferingInput>>().toExtend<In<"offering", Api.OpenOfferingInput>>();
    expectTypeOf<Values<Api.DecisionInput>>().toExtend<In<"decision", Api.DecisionInput>>();
    expectTypeOf<Values<Api.BasutbudInput>>().toExtend<In<"basutbud", Api.BasutbudInput>>();
    expectTypeOf<Values<Api.GoalInput>>().toExtend<In<"goal", Api.GoalInput>>();
    expectTypeOf<Values<Api.MeasurementInput>>().toExtend<In<"measurement", Api.MeasurementInput>>();
    expectTypeOf<Values<Api.AuditInput>>().toExtend<In<"audit", Api.AuditInput>>();
    expectTypeOf<Values<Api.RecommendationInput>>().toExtend<In<"recommendation", Api.RecommendationInput>>();
    expectTypeOf<Values<Api.ActionPlanInput>>().toExtend<In<"actionPlan", Api.ActionPlanInput>>();
    expectTypeOf<Values<Api.ActivityInput>>().toExtend<In<"activity", Api.ActivityInput>>();
    expectTypeOf<Values<Api.FindingInput>>().toExtend<In<"finding", Api.FindingInput>>();
    expectTypeOf<Values<Api.EventInput>>().toExtend<In<"event", Api.EventInput>>();
  });

  it("give a patch only fields of its input", () => {
    expectTypeOf<Given<Api.CareUnitPatch>>().toExtend<In<"careUnit", Api.CareUnitPatch>>();
    expectTypeOf<Given<Api.RecommendationPatch>>().toExtend<In<"recommendation", Api.RecommendationPatch>>();
    expectTypeOf<Given<Api.ActivityPatch>>().toExtend<In<"activity", Api.ActivityPatch>>();
    expectTypeOf<Values<Api.ActivityPatch>>().not.toHaveProperty("status");
  });
});
