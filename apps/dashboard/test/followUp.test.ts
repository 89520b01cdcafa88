import { describe, expect, it } from "vitest";
import { type ActivityRow, deadlineCounts, deadlineSentences, matches } from "../src/app/followUp.ts";
import type { Activity } from "../src/app/graphql/fragmentTypes.ts";

const activity = (overdue: boolean | null, extra: Partial<Activity> = {}): Activity => ({
  heading: null,
  title: "Aktivitet",
  start: null,
  due: "2017-Q3",
  status: overdue === null ? "UNKNOWN" : "PLANNED",
  statusAsOf: "2017",
  completedOn: null,
  overdue,
  note: null,
  demo: false,
  source: null,
  ...extra,
});
const row = (a: Activity): ActivityRow => ({
  regionCode: "SE-N",
  regionName: "Region Halland",
  plan: "Plan",
  activity: a,
});

describe("deadlines as far as they are known", () => {
  it("counts known-overdue and unknown apart, with since when the status is unknown", () => {
    const rows = [
      row(activity(null)),
      row(activity(null, { statusAsOf: "2018" })),
      row(activity(true, { statusAsOf: "2019-02-01" })),
      row(activity(false)),
    ];
    const counts = deadlineCounts(rows);
    expect(counts).toEqual({ overdue: 1, unknown: 2, unknownSince: "2017", demo: false });
    expect(deadlineSentences(counts)).toEqual([
      "1 aktivitet är försenad",
      "2 aktiviteter med passerad deadline och okänd status sedan 2017",
    ]);
  });

  it("says nothing is overdue for a plan whose status is unknown: never 'försenade'", () => {
    const counts = deadlineCounts(Array.from({ length: 14 }, () => row(activity(null))));
    expect(deadlineSentences(counts)).toEqual([
      "0 aktiviteter är försenade",
      "14 aktiviteter med passerad deadline och okänd status sedan 2017",
    ]);
  });

  it("leaves out 'sedan' when a status is not dated, and marks demo when a counted row is", () => {
    const counts = deadlineCounts([
      row(activity(null, { statusAsOf: null })),
      row(activity(false, { demo: true })),
    ]);
    expect(counts.unknownSince).toBeUndefined();
    expect(counts.demo).toBe(false);
    expect(deadlineCounts([row(activity(true, { demo: true }))]).demo).toBe(true);
  });

  it("filters overdue-only to the known overdue", () => {
    expect(matches(activity(null), { overdueOnly: true })).toBe(false);
    expect(matches(activity(true), { overdueOnly: true })).toBe(true);
  });
});
