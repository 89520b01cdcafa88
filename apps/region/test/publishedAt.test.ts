import { regionSchema as t } from "@jamlik/db";
import { getRegion, REGIONS } from "@jamlik/registry";
import { instantBetweenWrites } from "@jamlik/testkit";
import { max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSnapshotAt } from "../src/publication/publishedAt.ts";
import { loadSnapshot } from "../src/snapshot.ts";
import { type AdminHarness, startAdmin, token } from "./admin/harness.ts";

const region = getRegion(REGIONS[0]?.code ?? "");

describe("a region read as published at an instant", () => {
  let harness: AdminHarness;
  let editor: string;
  let publisher: string;
  let seeded: string;

  /** The region's own fields at an instant (none: now), as the gateway asks for them. */
  const at = async <T>(selection: string, publishedAsOf?: string | null) => {
    const result = await harness.federated<{ _entities: (T | null)[] }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${region.typeName} { ${selection} } } }`,
      { reps: [{ __typename: region.typeName, code: region.code, publishedAsOf }] },
    );
    return result;
  };
  const decisionsAt = async (instant?: string) =>
    (await at<{ decisions: { title: string; dnr: string | null }[] }>("decisions { title dnr }", instant))
      .data?._entities[0]?.decisions ?? [];

  beforeAll(async () => {
    harness = await startAdmin(region.code);
    editor = await token(region.code, "editor");
    publisher = await token(region.code, "publisher");
    seeded = await instantBetweenWrites();
  });
  afterAll(() => harness?.close());

  it("returns the earlier values at an earlier instant after a record is changed and published again", async () => {
    const created = await harness.admin<{ createDecision: { id: number } }>(
      editor,
      `mutation { createDecision(input: { title: "Första lydelsen", dnr: "ASOF-1" }) { id } }`,
    );
    const id = created.data?.createDecision.id;
    const draftOnly = await instantBetweenWrites();
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: DECISION, id: $id }]) { published { id } } }`,
      { id },
    );
    const first = await instantBetweenWrites();
    await harness.admin(
      editor,
      `mutation($id: Int!) { updateDecision(id: $id, expectedVersion: 2, patch: { title: "Andra lydelsen" }) { version } }`,
      { id },
    );
    const pending = await instantBetweenWrites();
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const second = await instantBetweenWrites();

    const titles = async (instant?: string) =>
      (await decisionsAt(instant)).filter((d) => d.dnr === "ASOF-1").map((d) => d.title);
    expect(await titles(draftOnly)).toEqual([]);
    expect(await titles(first)).toEqual(["Första lydelsen"]);
    // A change waiting to be published was not served.
    expect(await titles(pending)).toEqual(["Första lydelsen"]);
    expect(await titles(second)).toEqual(["Andra lydelsen"]);
    expect(await titles()).toEqual(["Andra lydelsen"]);
    // What the seed published is all there was before.
    const seededTitles = (await decisionsAt(seeded)).map((d) => d.title);
    expect(seededTitles.length).toBeGreaterThan(0);
    expect(seededTitles).not.toContain("Första lydelsen");
  });

  it("serves a retracted record before its retraction and not after", async () => {
    const created = await harness.admin<{ createAudit: { id: number } }>(
      editor,
      `mutation { createAudit(input: { title: "Granskning som dras tillbaka", year: 2025 }) { id } }`,
    );
    const id = created.data?.createAudit.id;
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: AUDIT, id: $id }]) { published { id } } }`,
      { id },
    );
    const published = await instantBetweenWrites();
    const retracted = await harness.admin(
      publisher,
      `mutation($id: Int!) { retract(entity: AUDIT, id: $id, expectedVersion: 2) { publication } }`,
      { id },
    );
    expect(retracted.errors).toBeUndefined();
    const after = await instantBetweenWrites();
    const audits = async (instant: string) =>
      (
        (await at<{ audits: { title: string }[] }>("audits { title }", instant)).data?._entities[0]?.audits ??
        []
      ).map((audit) => audit.title);
    expect(await audits(published)).toContain("Granskning som dras tillbaka");
    expect(await audits(after)).not.toContain("Granskning som dras tillbaka");
  });

  it("answers two instants in one entity fetch, each with its own state", async () => {
    const before = await instantBetweenWrites();
    await harness.admin(
      editor,
      `mutation { createFinding(input: { topic: TRUST, statedBy: AUDITORS, text: "Ny iakttagelse vid en tidpunkt" }) { id } }`,
    );
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const after = await instantBetweenWrites();
    const result = await harness.federated<{
      _entities: { publishedAsOf: string; publicationVersion: number; findings: { text: string }[] }[];
    }>(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${region.typeName} { publishedAsOf publicationVersion findings { text } } } }`,
      {
        reps: [
          { __typename: region.typeName, code: region.code, publishedAsOf: before },
          { __typename: region.typeName, code: region.code, publishedAsOf: after },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [then, now] = result.data?._entities ?? [];
    expect(then?.publishedAsOf).toBe(before);
    expect(now?.publishedAsOf).toBe(after);
    // One publish between the two instants: the version moved, and now is what the newest instant read.
    expect(now?.publicationVersion).toBeGreaterThan(then?.publicationVersion ?? Number.POSITIVE_INFINITY);
    const current = await at<{ publicationVersion: number }>("publicationVersion");
    expect(current.data?._entities[0]?.publicationVersion).toBe(now?.publicationVersion);
    expect(then?.findings.map((f) => f.text)).not.toContain("Ny iakttagelse vid en tidpunkt");
    expect(now?.findings.map((f) => f.text)).toContain("Ny iakttagelse vid en tidpunkt");
  });

  it("lists exactly the published changes of a window: what, when, by which role, before and after", async () => {
    const from = await instantBetweenWrites();
    const created = await harness.admin<{ createGoal: { id: number } }>(
      editor,
      `mutation { createGoal(input: { metricCode: "LOGGED_IN_SHARE", description: "Mål i fönstret", period: "2026" }) { id } }`,
    );
    const id = created.data?.createGoal.id;
    // A draft and a pending change are not published changes.
    await harness.admin(
      publisher,
      `mutation($id: Int!) { publish(records: [{ entity: GOAL, id: $id }]) { published { id } } }`,
      { id },
    );
    await harness.admin(
      editor,
      `mutation($id: Int!) { updateGoal(id: $id, expectedVersion: 2, patch: { description: "Ändrat mål" }) { version } }`,
      { id },
    );
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    await harness.admin(
      publisher,
      `mutation($id: Int!) { retract(entity: GOAL, id: $id, expectedVersion: 4) { publication } }`,
      { id },
    );
    const to = await instantBetweenWrites();
    await harness.admin(
      editor,
      `mutation { createEvent(input: { date: "2026-01-01", text: "Efter fönstret" }) { id } }`,
    );
    await harness.admin(publisher, "mutation { publish { published { id } } }");

    const result = await harness.federated<{
      _entities: {
        changes: {
          at: string;
          kind: string;
          entity: string;
          recordId: number;
          label: string;
          role: string;
          fields: { name: string; before: string | null; after: string | null }[];
        }[];
      }[];
    }>(
      `query($reps: [_Any!]!, $from: String!, $to: String) { _entities(representations: $reps) { ... on ${region.typeName} { changes(from: $from, to: $to) { at kind entity recordId label role fields { name before after } } } } }`,
      { reps: [{ __typename: region.typeName, code: region.code }], from, to },
    );
    expect(result.errors).toBeUndefined();
    const changes = result.data?._entities[0]?.changes ?? [];
    expect(changes.map((c) => [c.kind, c.entity, c.recordId, c.label, c.role])).toEqual([
      ["PUBLISHED", "GOAL", id, "Mål i fönstret", "publisher"],
      ["CHANGED", "GOAL", id, "Ändrat mål", "publisher"],
      ["RETRACTED", "GOAL", id, "Ändrat mål", "publisher"],
    ]);
    expect(changes[1]?.fields).toEqual([
      { name: "description", before: JSON.stringify("Mål i fönstret"), after: JSON.stringify("Ändrat mål") },
    ]);
    expect(changes[0]?.fields).toContainEqual({
      name: "description",
      before: null,
      after: JSON.stringify("Mål i fönstret"),
    });
    expect(changes[2]?.fields).toContainEqual({
      name: "description",
      before: JSON.stringify("Ändrat mål"),
      after: null,
    });
    for (const change of changes) {
      expect(Date.parse(change.at)).toBeGreaterThan(Date.parse(from));
      expect(Date.parse(change.at)).toBeLessThanOrEqual(Date.parse(to));
    }
  });

  it("rebuilds from the log exactly the state the tables served, whatever was published after", async () => {
    // The state now, read from the tables: every later publication below changes part of it.
    await instantBetweenWrites();
    const [position] = await harness.server.db
      .select({ at: max(t.publicationLog.at) })
      .from(t.publicationLog);
    const servedThen = await loadSnapshot(harness.server.db);
    const decisions = await harness.admin<{ records: { id: number; version: number }[] }>(
      editor,
      "{ records(entity: DECISION, publication: PUBLISHED) { id version } }",
    );
    const [first] = decisions.data?.records ?? [];
    await harness.admin(
      editor,
      `mutation($id: Int!, $v: Int!) { updateDecision(id: $id, expectedVersion: $v, patch: { title: "Senare lydelse" }) { id } }`,
      {
        id: first?.id,
        v: first?.version,
      },
    );
    await harness.admin(
      editor,
      `mutation { createEvent(input: { date: "2026-11-30", text: "Senare händelse" }) { id } }`,
    );
    await harness.admin(publisher, "mutation { publish { published { id } } }");
    const units = await harness.admin<{ records: { id: number; version: number }[] }>(
      editor,
      "{ records(entity: CARE_UNIT, publication: PUBLISHED) { id version } }",
    );
    const [unit] = units.data?.records ?? [];
    await harness.admin(
      publisher,
      `mutation($id: Int!, $v: Int!) { retract(entity: CARE_UNIT, id: $id, expectedVersion: $v, withChildren: true) { id } }`,
      {
        id: unit?.id,
        v: unit?.version,
      },
    );

    const rebuilt = await loadSnapshotAt(harness.server.db, position?.at ?? "");
    // Bookkeeping columns are not what is served (a later edit moves them without a log entry), and
    // a map is looked up by key, never iterated in an order the answers depend on.
    const served = (snapshot: Awaited<ReturnType<typeof loadSnapshot>>) =>
      JSON.parse(
        JSON.stringify({ ...snapshot, derived: undefined }, (key, value) =>
          ["version", "updatedAt", "publishedAt", "pending"].includes(key)
            ? undefined
            : value instanceof Map
              ? [...value.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1))
              : value,
        ),
      );
    expect(served(rebuilt)).toEqual(served(servedThen));
    expect(served(rebuilt)).not.toEqual(served(await loadSnapshot(harness.server.db)));
  });

  it("refuses an instant it cannot answer with BAD_USER_INPUT, naming why", async () => {
    const cases = [
      ["2000-01-01T00:00:00Z", /before this region's publication log begins/],
      [new Date(Date.now() + 3_600_000).toISOString(), /is in the future/],
      ["2026-03-15", /ISO 8601 instant with its offset/],
    ] as const;
    for (const [instant, message] of cases) {
      const result = await at<{ code: string }>("code", instant);
      expect(result.errors?.[0]?.extensions?.code, instant).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message, instant).toMatch(message);
      expect(result.data?._entities[0] ?? null).toBeNull();
      if (message.source.includes("before this region")) {
        expect(result.errors?.[0]?.extensions?.rule).toBe("published-history");
      }
    }
  });
});
