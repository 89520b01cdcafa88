import { regionSchema as t } from "@jamlik/db";
import { getRegion, REGIONS } from "@jamlik/registry";
import { max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, regionEntity, startAdmin, token } from "./harness.ts";

const region = getRegion(REGIONS[0]?.code ?? "");
type Rec = {
  id: number;
  version: number;
  publication: string;
  hasPendingChanges: boolean;
  data: Record<string, unknown>;
};

describe("writing a region's records through its admin endpoint", () => {
  let harness: AdminHarness;
  let editor: string;
  let publisher: string;
  const count = async (entity: string) =>
    (
      (await harness.admin<{ records: unknown[] }>(editor, `{ records(entity: ${entity}) { id } }`)).data
        ?.records ?? []
    ).length;
  const historyLength = async () =>
    (
      (await harness.admin<{ history: unknown[] }>(editor, "{ history(limit: 1000) { id } }")).data
        ?.history ?? []
    ).length;
  const federatedDecisions = async () => {
    const { query, variables } = regionEntity(region.typeName, region.code, "decisions { title dnr }");
    const result = await harness.federated<{
      _entities: { decisions: { title: string; dnr: string | null }[] }[];
    }>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data?._entities[0]?.decisions ?? [];
  };

  beforeAll(async () => {
    harness = await startAdmin(region.code);
    editor = await token(region.code, "editor");
    publisher = await token(region.code, "publisher");
  });
  afterAll(() => harness?.close());

  describe("validation", () => {
    const cases: [string, string, (string | number)[]][] = [
      [
        "createCareUnit",
        `input: { hsaId: "no spaces allowed", name: "A", municipalityCode: "2580", municipalityName: "Luleå", kind: "hälsocentral", provider: PUBLIC }`,
        ["input", "hsaId"],
      ],
      [
        "createCareUnit",
        `input: { hsaId: "SE-OK-1", name: "A", municipalityCode: "25", municipalityName: "Luleå", kind: "hälsocentral", provider: PUBLIC }`,
        ["input", "municipalityCode"],
      ],
      [
        "openOffering",
        `input: { careUnitId: 1, serviceCode: "NO_SUCH_SERVICE", validFrom: "2024-01-01" }`,
        ["input", "serviceCode"],
      ],
      [
        "openOffering",
        `input: { careUnitId: 1, serviceCode: "JOURNALEN", validFrom: "2024-01-01", validTo: "2023-12-31" }`,
        ["input", "validTo"],
      ],
      ["createDecision", `input: { title: "", date: "2021" }`, ["input", "title"]],
      ["createDecision", `input: { title: "Beslut", date: "2021-13" }`, ["input", "date"]],
      ["createBasutbudVersion", `input: { validFrom: "2025-01-01", services: [] }`, ["input", "services"]],
      [
        "createBasutbudVersion",
        `input: { validFrom: "2025-02-30", services: ["JOURNALEN"] }`,
        ["input", "validFrom"],
      ],
      [
        "createGoal",
        `input: { metricCode: "LOGGED_IN_SHARE", period: "2025", target: 90 }`,
        ["input", "comparator"],
      ],
      ["createGoal", `input: { metricCode: "MADE_UP", period: "2025" }`, ["input", "metricCode"]],
      ["createMeasurement", `input: { metricCode: "LOGGED_IN_SHARE", period: "2025" }`, ["input", "value"]],
      [
        "createMeasurement",
        `input: { metricCode: "LOGGED_IN_SHARE", period: "2025-Q5", value: 1 }`,
        ["input", "period"],
      ],
      ["createAudit", `input: { title: "Granskning", year: 1066 }`, ["input", "year"]],
      ["createRecommendation", `input: { auditId: 1, ordinal: 0, text: "Gör" }`, ["input", "ordinal"]],
      ["createActionPlan", `input: { title: "   " }`, ["input", "title"]],
      ["createActivity", `input: { actionPlanId: 1, title: "Klar", status: DONE }`, ["input", "completedOn"]],
      ["createActivity", `input: { actionPlanId: 1, title: "Snart", due: "Q3 2017" }`, ["input", "due"]],
      // What PostgreSQL refuses is refused here first: a NUL in text, year 0000, values outside the unit.
      ["createDecision", `input: { title: "Beslut\\u0000med NUL" }`, ["input", "title"]],
      [
        "createDecision",
        `input: { title: "Beslut", source: { document: "a\\u0000b" } }`,
        ["input", "source", "document"],
      ],
      ["createDecision", `input: { title: "Beslut", date: "0000" }`, ["input", "date"]],
      [
        "createActivity",
        `input: { actionPlanId: 1, title: "Klar", status: DONE, completedOn: "0000-01-01" }`,
        ["input", "completedOn"],
      ],
      [
        "createMeasurement",
        `input: { metricCode: "LOGGED_IN_SHARE", period: "2025", value: -50 }`,
        ["input", "value"],
      ],
      [
        "createMeasurement",
        `input: { metricCode: "LOGGED_IN_SHARE", period: "2025", value: 1e308 }`,
        ["input", "value"],
      ],
      [
        "createMeasurement",
        `input: { metricCode: "UNIQUE_LOGINS", period: "2025", value: 2.5 }`,
        ["input", "value"],
      ],
      [
        "createGoal",
        `input: { metricCode: "LOGGED_IN_SHARE", period: "2025", target: 150, comparator: GTE }`,
        ["input", "target"],
      ],
    ];

    it.each(cases)("%s(%s) names %j and writes nothing", async (mutation, args, path) => {
      const before = await historyLength();
      const result = await harness.admin(editor, `mutation { ${mutation}(${args}) { id } }`);
      expect(JSON.stringify(result)).not.toMatch(/Failed query|params:|stacktrace/);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.inputPath).toEqual(path);
      expect(result.errors?.[0]?.message).toContain(path.join("."));
      expect(await historyLength()).toBe(before);
    });

    it("validates a patch against the whole record", async () => {
      const created = await harness.admin<{ createGoal: Rec }>(
        editor,
        `mutation { createGoal(input: { metricCode: "PHONE_ANSWER_RATE", period: "2025", target: 90, comparator: GTE }) { id version } }`,
      );
      const goal = created.data?.createGoal;
      const result = await harness.admin(
        editor,
        `mutation($id: Int!) { updateGoal(id: $id, expectedVersion: 1, patch: { target: null }) { id } }`,
        {
          id: goal?.id,
        },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.extensions?.inputPath).toEqual(["patch", "comparator"]);
    });
  });

  it("rolls a batch back when one of its rows fails", async () => {
    const before = await count("MEASUREMENT");
    const result = await harness.admin(
      editor,
      `mutation { createMeasurements(inputs: [
        { metricCode: "PHONE_ANSWER_RATE", period: "2030", value: 91 },
        { metricCode: "PHONE_ANSWER_RATE", period: "2031", value: 92 },
        { metricCode: "PHONE_ANSWER_RATE", period: "2030", value: 93 }
      ]) { id } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await count("MEASUREMENT")).toBe(before);
    const ok = await harness.admin<{ createMeasurements: Rec[] }>(
      editor,
      `mutation { createMeasurements(inputs: [{ metricCode: "PHONE_ANSWER_RATE", period: "2030", value: 91 }, { metricCode: "PHONE_ANSWER_RATE", period: "2031", value: 92 }]) { id publication } }`,
    );
    expect(ok.data?.createMeasurements.map((m) => m.publication)).toEqual(["DRAFT", "DRAFT"]);
    expect(await count("MEASUREMENT")).toBe(before + 2);
  });

  it("lets one of two concurrent updates of a record win and refuses the other with CONFLICT", async () => {
    const created = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Start" }) { id version } }`,
    );
    const id = created.data?.createDecision.id;
    const update = (title: string) =>
      harness.admin<{ updateDecision: Rec }>(
        editor,
        `mutation($id: Int!, $title: String!) { updateDecision(id: $id, expectedVersion: 1, patch: { title: $title }) { version data } }`,
        { id, title },
      );
    const results = await Promise.all([update("Först"), update("Sist")]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]?.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const stored = await harness.admin<{ record: Rec }>(
      editor,
      `query($id: Int!) { record(entity: DECISION, id: $id) { version data } }`,
      { id },
    );
    expect(stored.data?.record.version).toBe(2);
    expect(stored.data?.record.data.title).toBe(winners[0]?.data?.updateDecision.data.title);
  });

  it("returns the first result for a repeated idempotency key and rejects it with another payload", async () => {
    const create = (name: string) =>
      harness.admin<{ createCareUnit: Rec }>(
        editor,
        `mutation($name: String!) { createCareUnit(input: { hsaId: "SE-IDEMP-1", name: $name, municipalityCode: "2580", municipalityName: "Luleå", kind: "hälsocentral", provider: PRIVATE }, idempotencyKey: "care-unit-idemp-1") { id version } }`,
        { name },
      );
    const before = await count("CARE_UNIT");
    const first = await create("Idempotenta vårdcentralen");
    const again = await create("Idempotenta vårdcentralen");
    expect(again.data?.createCareUnit).toEqual(first.data?.createCareUnit);
    expect(await count("CARE_UNIT")).toBe(before + 1);
    const different = await create("Ett annat namn");
    expect(different.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await count("CARE_UNIT")).toBe(before + 1);
  });

  it("keeps idempotency keys per user: another user's replay of a key is a request of its own", async () => {
    const other = await token(region.code, "editor", { subject: "someone-else" });
    const create = (bearer: string) =>
      harness.admin<{ createDecision: Rec }>(
        bearer,
        `mutation { createDecision(input: { title: "Samma nyckel" }, idempotencyKey: "shared-key-0001") { id data } }`,
      );
    const mine = await create(editor);
    const theirs = await create(other);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.createDecision.id).not.toBe(mine.data?.createDecision.id);
    expect((await create(editor)).data?.createDecision.id).toBe(mine.data?.createDecision.id);
  });

  it("keeps drafts off the federated schema until published, and pending changes until published again", async () => {
    const created = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Utkast till beslut", dnr: "999-2026" }) { id version } }`,
    );
    const id = created.data?.createDecision.id;
    expect((await federatedDecisions()).map((d) => d.dnr)).not.toContain("999-2026");
    const drafts = await harness.admin<{ drafts: { entity: string; id: number }[] }>(
      editor,
      "{ drafts { entity id } }",
    );
    expect(drafts.data?.drafts).toContainEqual({ entity: "DECISION", id });

    const published = await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: DECISION, id: $id }]) { published { id version } } }`,
      { id },
    );
    expect(published.errors).toBeUndefined();
    expect(await federatedDecisions()).toContainEqual({ title: "Utkast till beslut", dnr: "999-2026" });

    const changed = await harness.admin<{ updateDecision: Rec }>(
      editor,
      `mutation($id: Int!) { updateDecision(id: $id, expectedVersion: 2, patch: { title: "Ändrat beslut" }) { version hasPendingChanges publication } }`,
      { id },
    );
    expect(changed.data?.updateDecision).toEqual({
      version: 3,
      hasPendingChanges: true,
      publication: "PUBLISHED",
    });
    expect(await federatedDecisions()).toContainEqual({ title: "Utkast till beslut", dnr: "999-2026" });
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    expect(await federatedDecisions()).toContainEqual({ title: "Ändrat beslut", dnr: "999-2026" });

    const retracted = await harness.admin<{ retract: Rec }>(
      publisher,
      `mutation($id: Int!) { retract(entity: DECISION, id: $id, expectedVersion: 4) { publication } }`,
      { id },
    );
    expect(retracted.data?.retract.publication).toBe("RETRACTED");
    expect((await federatedDecisions()).map((d) => d.dnr)).not.toContain("999-2026");
    const history = await harness.admin<{ history: { operation: string }[] }>(
      editor,
      `query($id: Int!) { history(entity: DECISION, id: $id) { operation } }`,
      { id },
    );
    expect(history.data?.history.map((h) => h.operation)).toEqual([
      "RETRACT",
      "PUBLISH",
      "UPDATE",
      "PUBLISH",
      "CREATE",
    ]);
  });

  it("opens and closes offerings without rewriting their history", async () => {
    const unit = await harness.admin<{ createCareUnit: Rec }>(
      editor,
      `mutation { createCareUnit(input: { hsaId: "SE-OFFER-1", name: "Erbjudandecentralen", municipalityCode: "2584", municipalityName: "Kiruna", kind: "hälsocentral", provider: PUBLIC }) { id } }`,
    );
    const careUnitId = unit.data?.createCareUnit.id;
    const open = (validFrom: string) =>
      harness.admin<{ openOffering: Rec }>(
        editor,
        `mutation($u: Int!, $f: String!) { openOffering(input: { careUnitId: $u, serviceCode: "JOURNALEN", validFrom: $f }) { id version data } }`,
        { u: careUnitId, f: validFrom },
      );
    const first = await open("2020-01-01");
    expect(first.errors).toBeUndefined();
    const overlapping = await open("2021-01-01");
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      inputPath: ["input", "validFrom"],
    });
    const close = (id: number | undefined, version: number, validTo: string) =>
      harness.admin<{ closeOffering: Rec }>(
        editor,
        `mutation($id: Int!, $v: Int!, $to: String!) { closeOffering(id: $id, expectedVersion: $v, validTo: $to) { version data } }`,
        { id, v: version, to: validTo },
      );
    expect((await close(first.data?.openOffering.id, 1, "2019-12-31")).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    const closed = await close(first.data?.openOffering.id, 1, "2022-06-30");
    expect(closed.data?.closeOffering.data.validTo).toBe("2022-06-30");
    expect((await close(first.data?.openOffering.id, 2, "2023-01-01")).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    const reopened = await open("2023-01-01");
    expect(reopened.errors).toBeUndefined();

    // Publishing an offering before its care unit is refused; with it, both go out.
    const alone = await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: OFFERING, id: $id }]) { published { id } } }`,
      {
        id: reopened.data?.openOffering.id,
      },
    );
    expect(alone.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const together = await harness.admin<{ publish: { published: { entity: string }[] } }>(
      publisher,
      `mutation($o: Int!, $u: Int!) { publish(records: [{ entity: OFFERING, id: $o }, { entity: CARE_UNIT, id: $u }]) { published { entity } } }`,
      { o: reopened.data?.openOffering.id, u: careUnitId },
    );
    expect(together.data?.publish.published.map((p) => p.entity)).toEqual(["CARE_UNIT", "OFFERING"]);
  });

  it("closes a care unit with every offering still open, in one change, or not at all", async () => {
    const unit = await harness.admin<{ createCareUnit: Rec }>(
      editor,
      `mutation { createCareUnit(input: { hsaId: "SE-CLOSE-1", name: "Stängningscentralen", municipalityCode: "2584", municipalityName: "Kiruna", kind: "hälsocentral", provider: PUBLIC }) { id version } }`,
    );
    const careUnitId = unit.data?.createCareUnit.id;
    const open = async (serviceCode: string, validFrom: string, validTo: string | null = null) =>
      (
        await harness.admin<{ openOffering: Rec }>(
          editor,
          `mutation($u: Int!, $s: String!, $f: String!, $t: String) { openOffering(input: { careUnitId: $u, serviceCode: $s, validFrom: $f, validTo: $t }) { id version data } }`,
          { u: careUnitId, s: serviceCode, f: validFrom, t: validTo },
        )
      ).data?.openOffering;
    const running = await open("JOURNALEN", "2020-01-01");
    const ended = await open("BESTALLA_TID", "2020-01-01", "2021-12-31");
    const future = await open("FORNYA_RECEPT", "2030-01-01");
    const close = (version: number, closedOn: string) =>
      harness.admin<{ closeCareUnit: Rec }>(
        editor,
        `mutation($id: Int!, $v: Int!, $on: String!) { closeCareUnit(id: $id, expectedVersion: $v, closedOn: $on) { version data } }`,
        { id: careUnitId, v: version, on: closedOn },
      );
    const offering = async (id: number | undefined) =>
      (
        await harness.admin<{ record: Rec }>(
          editor,
          `query($id: Int!) { record(entity: OFFERING, id: $id) { version data } }`,
          { id },
        )
      ).data?.record;

    const refused = await close(1, "2026-01-01");
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      inputPath: ["closedOn"],
      rule: "offering_after_closing",
    });
    expect((await offering(running?.id))?.data.validTo).toBeNull();
    expect((await close(1, "2026-13-01")).errors?.[0]?.extensions).toMatchObject({ inputPath: ["closedOn"] });

    await harness.admin(
      editor,
      `mutation($id: Int!) { deleteDraft(entity: OFFERING, id: $id, expectedVersion: 1) }`,
      { id: future?.id },
    );
    const closed = await close(1, "2026-01-01");
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeCareUnit.data.closedOn).toBe("2026-01-01");
    expect((await offering(running?.id))?.data.validTo).toBe("2025-12-31");
    // An offering that had ended keeps its own end: a closed period is never rewritten.
    expect(await offering(ended?.id)).toMatchObject({ version: 1, data: { validTo: "2021-12-31" } });
    expect((await close(2, "2027-01-01")).errors?.[0]?.extensions).toMatchObject({ rule: "closed" });
  });

  it("records activity status changes with completion dates", async () => {
    const plan = await harness.admin<{ createActionPlan: Rec }>(
      editor,
      `mutation { createActionPlan(input: { title: "Plan" }) { id } }`,
    );
    const activity = await harness.admin<{ createActivity: Rec }>(
      editor,
      `mutation($p: Int!) { createActivity(input: { actionPlanId: $p, title: "Gör det", due: "2026-Q4" }) { id version data } }`,
      { p: plan.data?.createActionPlan.id },
    );
    const id = activity.data?.createActivity.id;
    expect(activity.data?.createActivity.data).toMatchObject({
      status: "PLANNED",
      due: "2026-Q4",
      completedOn: null,
    });
    const noDate = await harness.admin(
      editor,
      `mutation($id: Int!) { setActivityStatus(id: $id, expectedVersion: 1, status: DONE) { id } }`,
      { id },
    );
    expect(noDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const done = await harness.admin<{ setActivityStatus: Rec }>(
      editor,
      `mutation($id: Int!) { setActivityStatus(id: $id, expectedVersion: 1, status: DONE, completedOn: "2026-11-20") { version data } }`,
      { id },
    );
    expect(done.data?.setActivityStatus.data).toMatchObject({ status: "DONE", completedOn: "2026-11-20" });
  });

  it("dates every known status: set today unless given, none for UNKNOWN; overdue only when known after the deadline", async () => {
    const plan = await harness.admin<{ createActionPlan: Rec }>(
      editor,
      `mutation { createActionPlan(input: { title: "Plan med kända och okända statusar", demo: true }) { id data } }`,
    );
    expect(plan.data?.createActionPlan.data).toMatchObject({ demo: true });
    const create = (input: string) =>
      harness.admin<{ createActivity: Rec }>(
        editor,
        `mutation($p: Int!) { createActivity(input: { actionPlanId: $p, ${input} }) { id version data } }`,
        { p: plan.data?.createActionPlan.id },
      );
    const today = new Date().toISOString().slice(0, 10);
    const planned = await create(`title: "Planerad", due: "2020-Q1"`);
    expect(planned.data?.createActivity.data).toMatchObject({ status: "PLANNED", statusAsOf: today });
    const unknown = await create(`title: "Okänd", due: "2020-Q1", status: UNKNOWN`);
    expect(unknown.data?.createActivity.data).toMatchObject({ status: "UNKNOWN", statusAsOf: null });
    const old = await create(`title: "Känd 2019", due: "2020-Q1", statusAsOf: "2019-06"`);
    expect(old.data?.createActivity.data).toMatchObject({ statusAsOf: "2019-06" });
    const later = await create(`title: "Startar sent", start: "2021", due: "2020-Q1"`);
    expect(later.errors?.[0]?.extensions?.inputPath).toEqual(["input", "start"]);

    // Known a year ago, set again now: the status is known today.
    const id = old.data?.createActivity.id;
    const set = await harness.admin<{ setActivityStatus: Rec }>(
      editor,
      `mutation($id: Int!) { setActivityStatus(id: $id, expectedVersion: 1, status: IN_PROGRESS) { data } }`,
      { id },
    );
    expect(set.data?.setActivityStatus.data).toMatchObject({ status: "IN_PROGRESS", statusAsOf: today });

    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const { query, variables } = regionEntity(
      region.typeName,
      region.code,
      `actionPlans { title demo activities { title status statusAsOf overdue(asOf: "2026-01-01") demo } }`,
    );
    type Plans = {
      _entities: {
        actionPlans: {
          title: string;
          demo: boolean;
          activities: { title: string; overdue: boolean | null; demo: boolean }[];
        }[];
      }[];
    };
    const served = (await harness.federated<Plans>(query, variables)).data?._entities[0]?.actionPlans.find(
      (p) => p.title === "Plan med kända och okända statusar",
    );
    expect(served?.demo).toBe(true);
    expect(Object.fromEntries((served?.activities ?? []).map((a) => [a.title, a.overdue]))).toEqual({
      Planerad: true,
      Okänd: null,
      "Känd 2019": true,
    });
  });

  it("writes findings and dated events, served through the federated schema once published", async () => {
    const finding = await harness.admin<{ createFinding: Rec }>(
      editor,
      `mutation { createFinding(input: { topic: TRUST, statedBy: AUDITORS, text: "Förtroendet är lågt.", period: "2025", source: { document: "rapport.pdf", quote: "lågt" } }) { id data } }`,
    );
    expect(finding.errors).toBeUndefined();
    const event = await harness.admin<{ createEvent: Rec }>(
      editor,
      `mutation { createEvent(input: { date: "1/1-2026", period: "2026-01-01", text: "Ny förvaltning." }) { id version data } }`,
    );
    expect(event.data?.createEvent.data).toMatchObject({ date: "1/1-2026", period: "2026-01-01" });
    const bad = await harness.admin(
      editor,
      `mutation { createEvent(input: { date: "snart", period: "snart", text: "x" }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions?.inputPath).toEqual(["input", "period"]);
    const updated = await harness.admin<{ updateEvent: Rec }>(
      editor,
      `mutation($id: Int!) { updateEvent(id: $id, expectedVersion: 1, patch: { text: "Ny förvaltning av 1177." }) { data } }`,
      { id: event.data?.createEvent.id },
    );
    expect(updated.data?.updateEvent.data).toMatchObject({
      date: "1/1-2026",
      text: "Ny förvaltning av 1177.",
    });
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const { query, variables } = regionEntity(
      region.typeName,
      region.code,
      `findings(topic: TRUST) { text statedBy demo } events { date period text }`,
    );
    const result = await harness.federated<{
      _entities: { findings: { text: string }[]; events: { date: string; text: string }[] }[];
    }>(query, variables);
    expect(result.data?._entities[0]?.findings.map((f) => f.text)).toContain("Förtroendet är lågt.");
    expect(result.data?._entities[0]?.events).toContainEqual({
      date: "1/1-2026",
      period: "2026-01-01",
      text: "Ny förvaltning av 1177.",
    });
  });

  it("judges a goal only by a measurement within its period", async () => {
    const goal = await harness.admin<{ createGoal: Rec }>(
      editor,
      `mutation { createGoal(input: { metricCode: "ACCOUNT_SHARE", period: "2030", target: 50, comparator: GTE }) { id } }`,
    );
    const measure = (period: string) =>
      harness.admin(
        editor,
        `mutation($p: String!) { createMeasurement(input: { metricCode: "ACCOUNT_SHARE", period: $p, value: 90 }) { id } }`,
        { p: period },
      );
    await measure("2029");
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const { query, variables } = regionEntity(
      region.typeName,
      region.code,
      "goals { period attainment latest { period } }",
    );
    type Goals = { _entities: { goals: { period: string; attainment: string; latest: unknown }[] }[] };
    const read = async () =>
      (await harness.federated<Goals>(query, variables)).data?._entities[0]?.goals.find(
        (g) => g.period === "2030",
      );
    expect(goal.errors).toBeUndefined();
    expect(await read()).toEqual({ period: "2030", attainment: "NO_DATA", latest: null });
    await measure("2030-06");
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    expect(await read()).toEqual({ period: "2030", attainment: "MET", latest: { period: "2030-06" } });
  });

  it("takes a field added to an entity's table and zod input, in its create and its patch (Audit.focus)", async () => {
    const created = await harness.admin<{ createAudit: Rec }>(
      editor,
      `mutation { createAudit(input: { title: "Inriktning", focus: "  Projektet webbtidbok  " }) { id version data } }`,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createAudit.data).toMatchObject({
      title: "Inriktning",
      focus: "Projektet webbtidbok",
    });
    const id = created.data?.createAudit.id;
    const changed = await harness.admin<{ updateAudit: Rec }>(
      editor,
      `mutation($id: Int!, $focus: String) { updateAudit(id: $id, expectedVersion: 1, patch: { focus: $focus }) { data } }`,
      { id, focus: "x".repeat(2001) },
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      inputPath: ["patch", "focus"],
    });
    const cleared = await harness.admin<{ updateAudit: Rec }>(
      editor,
      `mutation($id: Int!) { updateAudit(id: $id, expectedVersion: 1, patch: { focus: "" }) { data } }`,
      { id },
    );
    expect(cleared.data?.updateAudit.data).toMatchObject({ focus: null });
  });

  it("refuses to retract a parent while published children refer to it, and retracts them with it when asked", async () => {
    const audit = await harness.admin<{ createAudit: Rec }>(
      editor,
      `mutation { createAudit(input: { title: "Förälder" }) { id } }`,
    );
    const auditId = audit.data?.createAudit.id;
    const rec = await harness.admin<{ createRecommendation: Rec }>(
      editor,
      `mutation($a: Int!) { createRecommendation(input: { auditId: $a, ordinal: 1, text: "Barn" }) { id } }`,
      { a: auditId },
    );
    const recId = rec.data?.createRecommendation.id;
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const version = async () =>
      (
        await harness.admin<{ record: Rec }>(
          editor,
          `query($id: Int!) { record(entity: AUDIT, id: $id) { version } }`,
          {
            id: auditId,
          },
        )
      ).data?.record.version;
    const before = await historyLength();
    const refused = await harness.admin(
      publisher,
      `mutation($id: Int!, $v: Int!) { retract(entity: AUDIT, id: $id, expectedVersion: $v) { publication } }`,
      { id: auditId, v: await version() },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(refused.errors?.[0]?.extensions?.children).toEqual([{ entity: "RECOMMENDATION", id: recId }]);
    expect(refused.errors?.[0]?.message).toContain(`RECOMMENDATION ${recId}`);
    expect(await historyLength()).toBe(before);

    const recommendations = async () => {
      const { query, variables } = regionEntity(
        region.typeName,
        region.code,
        "recommendations { text audit { title } }",
      );
      return harness.federated<{ _entities: { recommendations: { text: string }[] }[] }>(query, variables);
    };
    expect((await recommendations()).data?._entities[0]?.recommendations.map((r) => r.text)).toContain(
      "Barn",
    );

    const both = await harness.admin<{ retract: Rec }>(
      publisher,
      `mutation($id: Int!, $v: Int!) { retract(entity: AUDIT, id: $id, expectedVersion: $v, withChildren: true) { publication } }`,
      { id: auditId, v: await version() },
    );
    expect(both.data?.retract.publication).toBe("RETRACTED");
    const after = await recommendations();
    expect(after.errors).toBeUndefined();
    expect(after.data?._entities[0]?.recommendations.map((r) => r.text)).not.toContain("Barn");
    const history = await harness.admin<{ history: { operation: string; entity: string }[] }>(
      editor,
      "{ history(limit: 2) { operation entity } }",
    );
    expect(history.data?.history).toEqual([
      { operation: "RETRACT", entity: "AUDIT" },
      { operation: "RETRACT", entity: "RECOMMENDATION" },
    ]);
  });

  it("never serves an orphan, even when the database was changed behind the API", async () => {
    const audit = await harness.admin<{ createAudit: Rec }>(
      editor,
      `mutation { createAudit(input: { title: "Ändras direkt" }) { id } }`,
    );
    const auditId = audit.data?.createAudit.id;
    await harness.admin(
      editor,
      `mutation($a: Int!) { createRecommendation(input: { auditId: $a, ordinal: 1, text: "Föräldralös" }) { id } }`,
      { a: auditId },
    );
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    await harness.server.db.execute(
      `update audits set publication = 'RETRACTED' where id = ${Number(auditId)}`,
    );
    // The snapshot follows the publication version: record the change so the region reads afresh.
    await harness.server.db.execute(
      "insert into change_history (actor, role, operation, entity) values ('dba', 'admin', 'RETRACT', 'AUDIT')",
    );
    const { query, variables } = regionEntity(
      region.typeName,
      region.code,
      "recommendations { text audit { title } }",
    );
    const served = async () => {
      const result = await harness.federated<{ _entities: { recommendations: { text: string }[] }[] }>(
        query,
        variables,
      );
      return { errors: result.errors, texts: result.data?._entities[0]?.recommendations.map((r) => r.text) };
    };
    // Once the new version is read, the child is gone and nothing fails.
    await expect
      .poll(served, { timeout: 20_000, interval: 50 })
      .toEqual({ errors: undefined, texts: expect.not.arrayContaining(["Föräldralös"]) });
  });

  it("deletes drafts only, and keeps the change history append-only", async () => {
    const draft = await harness.admin<{ createAudit: Rec }>(
      editor,
      `mutation { createAudit(input: { title: "Tillfällig" }) { id } }`,
    );
    const id = draft.data?.createAudit.id;
    const deleted = await harness.admin(
      editor,
      `mutation($id: Int!) { deleteDraft(entity: AUDIT, id: $id, expectedVersion: 1) }`,
      { id },
    );
    expect(deleted.data).toEqual({ deleteDraft: true });
    const published = await harness.admin<{ records: Rec[] }>(
      editor,
      "{ records(entity: AUDIT, publication: PUBLISHED) { id version } }",
    );
    const seeded = published.data?.records[0];
    const refused = await harness.admin(
      editor,
      `mutation($id: Int!, $v: Int!) { deleteDraft(entity: AUDIT, id: $id, expectedVersion: $v) }`,
      {
        id: seeded?.id,
        v: seeded?.version,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await expect(
      harness.server.db.execute("update change_history set actor = 'someone else'"),
    ).rejects.toThrow();
    await expect(harness.server.db.execute("delete from change_history")).rejects.toThrow();
  });

  it("records what was published when a record with pending changes is retracted, never the pending text", async () => {
    const from = new Date().toISOString();
    const created = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Publicerad rubrik", text: "Publicerad text" }) { id } }`,
    );
    const id = created.data?.createDecision.id;
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: DECISION, id: $id }]) { published { id } } }`,
      { id },
    );
    const pending = await harness.admin<{ updateDecision: Rec }>(
      editor,
      `mutation($id: Int!) { updateDecision(id: $id, expectedVersion: 2, patch: { title: "UTKAST-RUBRIK", text: "UTKAST-TEXT" }) { version hasPendingChanges } }`,
      { id },
    );
    expect(pending.data?.updateDecision).toEqual({ version: 3, hasPendingChanges: true });
    const retracted = await harness.admin(
      publisher,
      `mutation($id: Int!) { retract(entity: DECISION, id: $id, expectedVersion: 3) { publication } }`,
      { id },
    );
    expect(retracted.errors).toBeUndefined();
    const changes = await harness.federated<{ _entities: { changes: unknown[] }[] }>(
      `query($reps: [_Any!]!, $from: String!) { _entities(representations: $reps) { ... on ${region.typeName} { changes(from: $from) { kind recordId label fields { name before after } } } } }`,
      { reps: [{ __typename: region.typeName, code: region.code }], from },
    );
    expect(changes.errors).toBeUndefined();
    const text = JSON.stringify(changes.data);
    expect(text).not.toContain("UTKAST");
    expect(changes.data?._entities[0]?.changes).toContainEqual({
      kind: "RETRACTED",
      recordId: id,
      label: "Publicerad rubrik",
      fields: expect.arrayContaining([
        { name: "title", before: JSON.stringify("Publicerad rubrik"), after: null },
        { name: "text", before: JSON.stringify("Publicerad text"), after: null },
      ]),
    });
  });

  it("refuses a new record or a move under a retracted parent, and publishing everything reports what it left", async () => {
    const audit = await harness.admin<{ createAudit: Rec }>(
      editor,
      `mutation { createAudit(input: { title: "Dras tillbaka" }) { id } }`,
    );
    const auditId = audit.data?.createAudit.id;
    const draft = await harness.admin<{ createRecommendation: Rec }>(
      editor,
      `mutation($a: Int!) { createRecommendation(input: { auditId: $a, ordinal: 1, text: "Skapad före" }) { id } }`,
      { a: auditId },
    );
    const draftId = draft.data?.createRecommendation.id;
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: AUDIT, id: $id }]) { published { id } } }`,
      { id: auditId },
    );
    await harness.admin(
      publisher,
      `mutation($id: Int!) { retract(entity: AUDIT, id: $id, expectedVersion: 2) { publication } }`,
      { id: auditId },
    );
    const refused = await harness.admin(
      editor,
      `mutation($a: Int!) { createRecommendation(input: { auditId: $a, ordinal: 2, text: "Skapad efter" }) { id } }`,
      { a: auditId },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "parent-retracted",
    });
    const decision = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Beslut som dras tillbaka" }) { id } }`,
    );
    const decisionId = decision.data?.createDecision.id;
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: DECISION, id: $id }]) { published { id } } }`,
      { id: decisionId },
    );
    await harness.admin(
      publisher,
      `mutation($id: Int!) { retract(entity: DECISION, id: $id, expectedVersion: 2) { publication } }`,
      { id: decisionId },
    );
    const plan = await harness.admin<{ createActionPlan: Rec }>(
      editor,
      `mutation { createActionPlan(input: { title: "Plan utan beslut" }) { id } }`,
    );
    const moved = await harness.admin(
      editor,
      `mutation($id: Int!, $d: Int!) { updateActionPlan(id: $id, expectedVersion: 1, patch: { decisionId: $d }) { id } }`,
      { id: plan.data?.createActionPlan.id, d: decisionId },
    );
    expect(moved.errors?.[0]?.extensions?.rule).toBe("parent-retracted");
    await harness.admin(
      editor,
      `mutation($id: Int!) { deleteDraft(entity: ACTION_PLAN, id: $id, expectedVersion: 1) }`,
      {
        id: plan.data?.createActionPlan.id,
      },
    );

    // The draft created before the retraction blocks nothing else: publishing everything
    // publishes the rest and names it.
    const other = await harness.admin<{ createEvent: Rec }>(
      editor,
      `mutation { createEvent(input: { date: "2026-02-03", text: "Publiceras ändå" }) { id } }`,
    );
    const everything = await harness.admin<{
      publish: { published: { id: number; entity: string }[]; blocked: unknown[] };
    }>(
      publisher,
      "mutation { publish { published { entity id } blocked { entity id parentEntity parentId reason } } }",
    );
    expect(everything.errors).toBeUndefined();
    expect(everything.data?.publish.published).toContainEqual({
      entity: "EVENT",
      id: other.data?.createEvent.id,
    });
    expect(everything.data?.publish.blocked).toEqual([
      {
        entity: "RECOMMENDATION",
        id: draftId,
        parentEntity: "AUDIT",
        parentId: auditId,
        reason: expect.stringContaining(`AUDIT ${auditId}`),
      },
    ]);
    // Asked for by name, it is refused, as before.
    const named = await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: RECOMMENDATION, id: $id }]) { published { id } } }`,
      { id: draftId },
    );
    expect(named.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await harness.admin(
      editor,
      `mutation($id: Int!) { deleteDraft(entity: RECOMMENDATION, id: $id, expectedVersion: 1) }`,
      {
        id: draftId,
      },
    );
  });

  it("says that a record already exists by its field, never with the constraint, the key's value or SQL", async () => {
    const create = `mutation { createCareUnit(input: { hsaId: "SE-DUBBEL-1", name: "Dubbel", municipalityCode: "2580", municipalityName: "Luleå", kind: "hälsocentral", provider: PUBLIC }) { id } }`;
    expect((await harness.admin(editor, create)).errors).toBeUndefined();
    const again = await harness.admin(editor, create);
    const [error] = again.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "unique",
      inputPath: ["input", "hsaId"],
    });
    expect(error?.message).toBe("Already exists: another record has the same hsaId");
    expect(JSON.stringify(again.errors)).not.toMatch(
      /SE-DUBBEL-1|_key|_idx|_unique|constraint|create (unique )?index|key \(/i,
    );
  });

  it("lets only a publisher link or unlink, since a link is served at once", async () => {
    const recs = await harness.admin<{ records: Rec[] }>(
      editor,
      "{ records(entity: RECOMMENDATION, publication: PUBLISHED) { id } }",
    );
    const decision = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Länkas" }) { id } }`,
    );
    const version = async () =>
      (await harness.server.db.select({ v: max(t.changeHistory.id) }).from(t.changeHistory))[0]?.v;
    const before = await version();
    for (const mutation of ["linkRecommendationDecision", "unlinkRecommendationDecision"]) {
      const refused = await harness.admin(
        editor,
        `mutation($r: Int!, $d: Int!) { ${mutation}(recommendationId: $r, decisionId: $d) }`,
        { r: recs.data?.records[0]?.id, d: decision.data?.createDecision.id },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await version()).toBe(before);
  });

  it("links recommendations to decisions and activities", async () => {
    const recs = await harness.admin<{ records: Rec[] }>(
      editor,
      "{ records(entity: RECOMMENDATION) { id } }",
    );
    const decision = await harness.admin<{ createDecision: Rec }>(
      editor,
      `mutation { createDecision(input: { title: "Svar" }) { id } }`,
    );
    const linked = await harness.admin(
      publisher,
      `mutation($r: Int!, $d: Int!) { linkRecommendationDecision(recommendationId: $r, decisionId: $d) }`,
      {
        r: recs.data?.records[0]?.id,
        d: decision.data?.createDecision.id,
      },
    );
    expect(linked.data).toEqual({ linkRecommendationDecision: true });
    const missing = await harness.admin(
      publisher,
      `mutation($r: Int!) { linkRecommendationDecision(recommendationId: $r, decisionId: 999999) }`,
      {
        r: recs.data?.records[0]?.id,
      },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
