import { REGIONS } from "@jamlik/registry";
import { adminToken, instantBetweenWrites, postGraphQL } from "@jamlik/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedStack } from "./sharedStacks.ts";

const region =
  REGIONS[1] ??
  (() => {
    throw new Error("the registry has fewer than two regions");
  })();

/** Every entity type the region publishes, as the gateway serves it. */
const EVERYTHING = `
  publishedAsOf
  careUnits { hsaId name offerings { service { code } validFrom validTo } }
  decisions { dnr title }
  basutbudHistory { validFrom note services { code } }
  goals { description period }
  measurements(metric: "LOGGED_IN_SHARE") { period value note }
  audits { title }
  recommendations { text decisions { title } activities { title } }
  actionPlans { title activities { title } }
  findings { text }
  events { text }
`;

type Everything = {
  publishedAsOf: string | null;
  careUnits: {
    hsaId: string;
    name: string;
    offerings: { service: { code: string }; validTo: string | null }[];
  }[];
  decisions: { dnr: string | null; title: string }[];
  basutbudHistory: { validFrom: string; note: string | null }[];
  goals: { description: string | null }[];
  measurements: { period: string; value: number | null; note: string | null }[];
  audits: { title: string }[];
  recommendations: { text: string; decisions: { title: string }[]; activities: { title: string }[] }[];
  actionPlans: { title: string; activities: { title: string }[] }[];
  findings: { text: string }[];
  events: { text: string }[];
};

/** What the test wrote, found in an answer by its marker: one value per entity type (undefined: absent). */
function ours(region: Everything) {
  const mark = (value: string | null | undefined) => (value?.includes("ASOF-E2E") ? value : undefined);
  const unit = region.careUnits.find((u) => u.hsaId === "SE-ASOF-E2E");
  const rec = region.recommendations.find((r) => mark(r.text));
  const plan = region.actionPlans.find((p) => mark(p.title));
  return {
    careUnit: unit?.name,
    offering: unit?.offerings.map((o) => `${o.service.code} ${o.validTo ?? "öppen"}`).join(", "),
    decision: region.decisions.find((d) => d.dnr === "ASOF-E2E")?.title,
    basutbud: region.basutbudHistory.find((b) => mark(b.note))?.note ?? undefined,
    goal: region.goals.find((g) => mark(g.description))?.description ?? undefined,
    measurement: region.measurements.find((m) => mark(m.note))?.value ?? undefined,
    audit: region.audits.find((a) => mark(a.title))?.title,
    recommendation: rec?.text,
    recommendationLinks:
      rec && [...rec.decisions.map((d) => d.title), ...rec.activities.map((a) => a.title)].sort(),
    actionPlan: plan?.title,
    activity: plan?.activities.map((a) => a.title).join(", "),
    finding: region.findings.find((f) => mark(f.text))?.text,
    event: region.events.find((e) => mark(e.text))?.text,
  };
}

describe("the federation read as published at an instant, through the gateway", () => {
  const stack = sharedStack("openStack");
  const adminUrl = stack.adminUrls[region.code] ?? "";
  let editor: string;
  let publisher: string;
  const admin = async <T = Record<string, unknown>>(bearer: string, query: string, variables = {}) => {
    const result = await postGraphQL<T>(adminUrl, query, variables, { authorization: `Bearer ${bearer}` });
    expect(result.errors, query).toBeUndefined();
    return result.data as T;
  };
  const create = async (mutation: string, input: string) => {
    const answer = await admin<Record<string, { id: number; version: number }>>(
      editor,
      `mutation { r: ${mutation}(input: { ${input} }) { id version } }`,
    );
    return remember(mutation, answer.r as { id: number; version: number });
  };
  const ENTITY_OF: Record<string, string> = {
    createCareUnit: "CARE_UNIT",
    openOffering: "OFFERING",
    createDecision: "DECISION",
    createBasutbudVersion: "BASUTBUD",
    createGoal: "GOAL",
    createMeasurement: "MEASUREMENT",
    createAudit: "AUDIT",
    createRecommendation: "RECOMMENDATION",
    createActionPlan: "ACTION_PLAN",
    createActivity: "ACTIVITY",
    createFinding: "FINDING",
    createEvent: "EVENT",
  };
  const remember = (mutation: string, record: { id: number; version: number }) => {
    created.unshift({ entity: ENTITY_OF[mutation] ?? mutation, id: record.id });
    return record;
  };
  const read = async (asOf?: string) => {
    const result = await postGraphQL<{ regions: Everything[] }>(
      stack.gatewayUrl,
      `query($codes: [ID!], $asOf: String) { regions(codes: $codes, asOf: $asOf) { ${EVERYTHING} } }`,
      { codes: [region.code], asOf },
    );
    expect(result.errors).toBeUndefined();
    const [answer] = result.data?.regions ?? [];
    if (!answer) throw new Error("no region in the answer");
    return answer;
  };

  /** What this file published, children first: retracted again afterwards, so other files read the seed. */
  const created: { entity: string; id: number }[] = [];

  const instants: Record<"before" | "first" | "second" | "retracted", string> = {
    before: "",
    first: "",
    second: "",
    retracted: "",
  };

  beforeAll(async () => {
    editor = await adminToken(stack.devSecret, region.code, "editor");
    publisher = await adminToken(stack.devSecret, region.code, "publisher");
    instants.before = await instantBetweenWrites();

    // One record of every entity type, with its parents, and both kinds of link.
    const unit = await create(
      "createCareUnit",
      `hsaId: "SE-ASOF-E2E", name: "Tidpunktscentralen ASOF-E2E", municipalityCode: "1980", municipalityName: "Västerås", kind: "vårdcentral", provider: PUBLIC`,
    );
    const offering = await create(
      "openOffering",
      `careUnitId: ${unit.id}, serviceCode: "DIGITALT_VARDBESOK", validFrom: "2026-01-01"`,
    );
    const decision = await create("createDecision", `dnr: "ASOF-E2E", title: "Beslut ASOF-E2E första"`);
    const basutbud = await create(
      "createBasutbudVersion",
      `validFrom: "2026-02-01", services: ["DIGITALT_VARDBESOK"], decisionId: ${decision.id}, note: "Basutbud ASOF-E2E första", demo: true`,
    );
    const goal = await create(
      "createGoal",
      `metricCode: "LOGGED_IN_SHARE", period: "2026", description: "Mål ASOF-E2E första", demo: true`,
    );
    const measurement = await create(
      "createMeasurement",
      `metricCode: "LOGGED_IN_SHARE", period: "2026-06", value: 41, note: "Mätvärde ASOF-E2E", demo: true`,
    );
    const audit = await create("createAudit", `title: "Granskning ASOF-E2E första", year: 2026`);
    const recommendation = await create(
      "createRecommendation",
      `auditId: ${audit.id}, ordinal: 1, text: "Rekommendation ASOF-E2E första"`,
    );
    const plan = await create(
      "createActionPlan",
      `title: "Handlingsplan ASOF-E2E första", decisionId: ${decision.id}`,
    );
    const activity = await create(
      "createActivity",
      `actionPlanId: ${plan.id}, title: "Aktivitet ASOF-E2E första"`,
    );
    const finding = await create(
      "createFinding",
      `topic: TRUST, statedBy: AUDITORS, text: "Iakttagelse ASOF-E2E första"`,
    );
    const event = await create("createEvent", `date: "2026-03-01", text: "Händelse ASOF-E2E första"`);
    await admin(
      publisher,
      `mutation { linkRecommendationDecision(recommendationId: ${recommendation.id}, decisionId: ${decision.id}) }`,
    );
    await admin(publisher, "mutation { publish { published { id } } }");
    instants.first = await instantBetweenWrites();

    // Change every one of them, swap the link, and publish again.
    const patch = async (mutation: string, record: { id: number }, fields: string) =>
      admin(
        editor,
        `mutation { ${mutation}(id: ${record.id}, expectedVersion: 2, patch: { ${fields} }) { id } }`,
      );
    await patch("updateCareUnit", unit, `name: "Tidpunktscentralen ASOF-E2E andra"`);
    await admin(
      editor,
      `mutation { closeOffering(id: ${offering.id}, expectedVersion: 2, validTo: "2026-09-30") { id } }`,
    );
    await patch("updateDecision", decision, `title: "Beslut ASOF-E2E andra"`);
    await patch("updateBasutbudVersion", basutbud, `note: "Basutbud ASOF-E2E andra"`);
    await patch("updateGoal", goal, `description: "Mål ASOF-E2E andra"`);
    await patch("updateMeasurement", measurement, "value: 43");
    await patch("updateAudit", audit, `title: "Granskning ASOF-E2E andra"`);
    await patch("updateRecommendation", recommendation, `text: "Rekommendation ASOF-E2E andra"`);
    await patch("updateActionPlan", plan, `title: "Handlingsplan ASOF-E2E andra"`);
    await patch("updateActivity", activity, `title: "Aktivitet ASOF-E2E andra"`);
    await patch("updateFinding", finding, `text: "Iakttagelse ASOF-E2E andra"`);
    await patch("updateEvent", event, `text: "Händelse ASOF-E2E andra"`);
    await admin(
      publisher,
      `mutation { unlinkRecommendationDecision(recommendationId: ${recommendation.id}, decisionId: ${decision.id}) }`,
    );
    await admin(
      publisher,
      `mutation { linkRecommendationActivity(recommendationId: ${recommendation.id}, activityId: ${activity.id}) }`,
    );
    await admin(publisher, "mutation { publish { published { id } } }");
    instants.second = await instantBetweenWrites();

    await admin(
      publisher,
      `mutation { retract(entity: FINDING, id: ${finding.id}, expectedVersion: 4) { id } }`,
    );
    instants.retracted = await instantBetweenWrites();
  });

  afterAll(async () => {
    const PARENTS_LAST = [
      "OFFERING",
      "CARE_UNIT",
      "BASUTBUD",
      "GOAL",
      "ACTIVITY",
      "ACTION_PLAN",
      "RECOMMENDATION",
      "AUDIT",
    ];
    const order = (entity: string) => (PARENTS_LAST.includes(entity) ? PARENTS_LAST.indexOf(entity) : -1);
    const sorted = [...created].sort((a, b) => order(a.entity) - order(b.entity));
    // Decisions last: plans, goals and basutbud versions refer to them.
    for (const { entity, id } of [
      ...sorted.filter((r) => r.entity !== "DECISION"),
      ...sorted.filter((r) => r.entity === "DECISION"),
    ]) {
      const record = await admin<{ record: { version: number; publication: string } }>(
        publisher,
        `query($id: Int!) { record(entity: ${entity}, id: $id) { version publication } }`,
        { id },
      );
      if (record.record.publication !== "PUBLISHED") continue;
      await admin(
        publisher,
        `mutation($id: Int!, $v: Int!) { retract(entity: ${entity}, id: $id, expectedVersion: $v) { id } }`,
        {
          id,
          v: record.record.version,
        },
      );
    }
  });

  it("returns nothing of it before it was published", async () => {
    const before = ours(await read(instants.before));
    expect(Object.values(before).every((value) => value === undefined || value === "")).toBe(true);
  });

  it("returns the first published values at the first instant, for every entity type", async () => {
    const answer = await read(instants.first);
    expect(answer.publishedAsOf).toBe(instants.first);
    expect(ours(answer)).toEqual({
      careUnit: "Tidpunktscentralen ASOF-E2E",
      offering: "DIGITALT_VARDBESOK öppen",
      decision: "Beslut ASOF-E2E första",
      basutbud: "Basutbud ASOF-E2E första",
      goal: "Mål ASOF-E2E första",
      measurement: 41,
      audit: "Granskning ASOF-E2E första",
      recommendation: "Rekommendation ASOF-E2E första",
      recommendationLinks: ["Beslut ASOF-E2E första"],
      actionPlan: "Handlingsplan ASOF-E2E första",
      activity: "Aktivitet ASOF-E2E första",
      finding: "Iakttagelse ASOF-E2E första",
      event: "Händelse ASOF-E2E första",
    });
  });

  it("returns the changed values at the second instant and now", async () => {
    const second = {
      careUnit: "Tidpunktscentralen ASOF-E2E andra",
      offering: "DIGITALT_VARDBESOK 2026-09-30",
      decision: "Beslut ASOF-E2E andra",
      basutbud: "Basutbud ASOF-E2E andra",
      goal: "Mål ASOF-E2E andra",
      measurement: 43,
      audit: "Granskning ASOF-E2E andra",
      recommendation: "Rekommendation ASOF-E2E andra",
      recommendationLinks: ["Aktivitet ASOF-E2E andra"],
      actionPlan: "Handlingsplan ASOF-E2E andra",
      activity: "Aktivitet ASOF-E2E andra",
      finding: "Iakttagelse ASOF-E2E andra",
      event: "Händelse ASOF-E2E andra",
    };
    expect(ours(await read(instants.second))).toEqual(second);
    // The answer cache drops its answers when the publication version moves; poll for today's.
    await expect
      .poll(async () => ours(await read()), { timeout: 30_000, interval: 50 })
      .toEqual({
        ...second,
        finding: undefined,
      });
  });

  it("serves a retracted record before its retraction and not after", async () => {
    expect(ours(await read(instants.second)).finding).toBe("Iakttagelse ASOF-E2E andra");
    expect(ours(await read(instants.retracted)).finding).toBeUndefined();
  });

  it("lists exactly the published changes between two instants", async () => {
    const result = await postGraphQL<{
      region: { changes: { kind: string; entity: string; label: string | null; role: string }[] };
    }>(
      stack.gatewayUrl,
      `query($code: ID!, $from: String!, $to: String) { region(code: $code) { changes(from: $from, to: $to) { kind entity label role } } }`,
      { code: region.code, from: instants.first, to: instants.retracted },
    );
    expect(result.errors).toBeUndefined();
    const changes = result.data?.region.changes ?? [];
    const summary = changes.map((c) => `${c.kind} ${c.entity}`).sort();
    expect(summary).toEqual(
      [
        "CHANGED CARE_UNIT",
        "CHANGED OFFERING",
        "CHANGED DECISION",
        "CHANGED BASUTBUD",
        "CHANGED GOAL",
        "CHANGED MEASUREMENT",
        "CHANGED AUDIT",
        "CHANGED RECOMMENDATION",
        "CHANGED ACTION_PLAN",
        "CHANGED ACTIVITY",
        "CHANGED FINDING",
        "CHANGED EVENT",
        "UNLINKED RECOMMENDATION_DECISION",
        "LINKED RECOMMENDATION_ACTIVITY",
        "RETRACTED FINDING",
      ].sort(),
    );
    // Publishing, retracting and linking are the publisher's (docs/decisions/0002).
    expect(new Set(changes.map((c) => c.role))).toEqual(new Set(["publisher"]));
  });

  it("refuses an instant in the future or in another format with BAD_USER_INPUT", async () => {
    for (const asOf of [new Date(Date.now() + 86_400_000).toISOString(), "15 mars 2026"]) {
      const result = await postGraphQL(
        stack.gatewayUrl,
        `query($asOf: String) { regions(asOf: $asOf) { code } }`,
        { asOf },
      );
      expect(result.errors?.[0]?.extensions?.code, asOf).toBe("BAD_USER_INPUT");
    }
  });
});
