import {
  ACTIVITY_STATUSES,
  COMPARATORS,
  DECISION_STATUSES,
  ENTITIES,
  FINDING_AUTHORS,
  FINDING_TOPICS,
  METRIC_UNITS,
  MISSING_REASONS,
  PROVIDERS,
  SEXES,
} from "@jamlik/domain/enums";
import { describe, expect, it } from "vitest";
import { ENTITY, ENUM_VALUES, enumValueLabel } from "./labels.ts";

describe("Swedish labels", () => {
  it("name every value of every enum a form offers, and every entity", () => {
    const enums: Record<string, readonly string[]> = {
      ActivityStatus: ACTIVITY_STATUSES,
      Comparator: COMPARATORS,
      DecisionStatus: DECISION_STATUSES,
      FindingAuthor: FINDING_AUTHORS,
      FindingTopic: FINDING_TOPICS,
      MissingReason: MISSING_REASONS,
      Provider: PROVIDERS,
      Sex: SEXES,
      MetricUnit: METRIC_UNITS,
    };
    for (const [name, values] of Object.entries(enums)) {
      expect(Object.keys(ENUM_VALUES[name] ?? {}).sort(), name).toEqual([...values].sort());
    }
    expect(Object.keys(ENTITY).sort()).toEqual([...ENTITIES].sort());
  });

  it("say an enum value in Swedish with its code, and an unknown one as its code", () => {
    expect(enumValueLabel("ActivityStatus", "IN_PROGRESS")).toBe("Pågår (IN_PROGRESS)");
    expect(enumValueLabel("Okänd", "X")).toBe("X");
  });
});
