import { REGIONS } from "@jamlik/registry";
import { fc, fuzzRuns } from "@jamlik/testkit";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminHarness, startAdmin, token } from "../admin/harness.ts";

/**
 * Random sequences of admin operations by random roles (create, update, link, unlink, retract,
 * delete a draft, publish all or one), each draft carrying a sentinel string of its own. After
 * every step: no public answer of the region (its federated fields, its published changes, its
 * state at an earlier instant) holds a sentinel that was never published; nothing below the
 * publisher role moves the publication version; the change history only grows, its rows unchanged.
 */
const code = REGIONS[0]?.code ?? "";
const typeName = REGIONS[0]?.typeName ?? "";
const ROLES = ["viewer", "editor", "publisher"] as const;
type Role = (typeof ROLES)[number];
type Kind = "DECISION" | "AUDIT" | "RECOMMENDATION" | "EVENT" | "ACTION_PLAN" | "ACTIVITY";

interface Known {
  entity: Kind;
  id: number;
}

/** What the test knows: the records it made, and every sentinel a publication has served. */
interface Model {
  records: Known[];
  published: Set<string>;
  /** Instants between steps, for reads of an earlier state. */
  instants: string[];
}

const SENTINEL = /SENTINEL-\d+-\d+/g;
let counter = 0;
const sentinel = () => `SENTINEL-${process.pid}-${++counter}`;
/** ACTION_PLAN → ActionPlan, as the admin API names its mutations. */
const pascalCase = (entity: Kind) =>
  entity.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const sentinelsIn = (value: unknown) => JSON.stringify(value).match(SENTINEL) ?? [];

const PUBLIC = (withChanges: boolean) => `query($reps: [_Any!]!${withChanges ? ", $from: String!" : ""}) {
  _entities(representations: $reps) { ... on ${typeName} {
    publicationVersion
    decisions { title text }
    audits { title recommendations { text decisions { title } decisionLinks { note decision { title } } activities { title } } }
    actionPlans { title activities { title } }
    events { text }
    ${withChanges ? "changes(from: $from) { label fields { before after } }" : ""}
  } } }`;

describe("published state under random operations by random roles", () => {
  let harness: AdminHarness;
  const tokens = {} as Record<Role, string>;
  const started = new Date(Date.now() - 1000).toISOString();
  let steps = 0;

  const admin = async <T>(role: Role, query: string, variables: Record<string, unknown> = {}) =>
    harness.admin<T>(tokens[role], query, variables);

  /** What the region serves now, and as it was at an earlier instant. */
  const publicAnswers = async (model: Model) => {
    const now = await harness.federated(PUBLIC(true), {
      reps: [{ __typename: typeName, code }],
      from: started,
    });
    expect(now.errors, JSON.stringify(now.errors)).toBeUndefined();
    const answers: unknown[] = [now.data];
    const earlier = model.instants.at(-2);
    if (earlier) {
      const past = await harness.federated(PUBLIC(false), {
        reps: [{ __typename: typeName, code, publishedAsOf: earlier }],
      });
      expect(past.errors).toBeUndefined();
      answers.push(past.data);
    }
    const version = (now.data as { _entities: { publicationVersion: number | null }[] })._entities[0]
      ?.publicationVersion;
    return { answers, version: version ?? 0 };
  };

  /** The change history's size and a digest of every row (an edit or a deletion changes it). */
  const history = async (upTo?: number) => {
    const result =
      await harness.server.db.execute(sql`select count(*)::int as rows, coalesce(max(id), 0)::int as last,
      md5(coalesce(string_agg(id || ':' || operation || ':' || coalesce(before::text, '') || ':' || coalesce(after::text, ''), '|' order by id), '')) as digest
      from change_history where id <= ${upTo ?? 2 ** 31 - 1}`);
    return (result as unknown as { rows: { rows: number; last: number; digest: string }[] }).rows[0] as {
      rows: number;
      last: number;
      digest: string;
    };
  };

  beforeAll(async () => {
    harness = await startAdmin(code);
    for (const role of ROLES) tokens[role] = await token(code, role);
  });
  afterAll(async () => {
    console.log(`publication fuzz: ${steps} operations`);
    await harness?.close();
  });

  const pick = (model: Model, entity: Kind, index: number) => {
    const of = model.records.filter((record) => record.entity === entity);
    return of.length ? of[index % of.length] : undefined;
  };

  const versionOf = async (record: Known) =>
    (
      await admin<{ record: { version: number } | null }>(
        "publisher",
        "query($e: Entity!, $id: Int!) { record(entity: $e, id: $id) { version } }",
        { e: record.entity, id: record.id },
      )
    ).data?.record?.version ?? 0;

  /** One operation: what it sends, as a role, on the records the model knows. */
  type Step = (model: Model, role: Role) => Promise<void>;

  const create =
    (entity: Kind, index: number): Step =>
    async (model, role) => {
      const text = sentinel();
      const parents: Partial<Record<Kind, Kind>> = { RECOMMENDATION: "AUDIT", ACTIVITY: "ACTION_PLAN" };
      const parentKind = parents[entity];
      const parent = parentKind ? pick(model, parentKind, index) : undefined;
      if (parentKind && !parent) return;
      const input: Record<Kind, string> = {
        DECISION: `{ title: "${text}", text: "${text} text" }`,
        AUDIT: `{ title: "${text}" }`,
        RECOMMENDATION: `{ auditId: ${parent?.id}, ordinal: ${1 + (index % 9)}, text: "${text}" }`,
        EVENT: `{ date: "2026-03-0${1 + (index % 9)}", text: "${text}" }`,
        ACTION_PLAN: `{ title: "${text}" }`,
        ACTIVITY: `{ actionPlanId: ${parent?.id}, title: "${text}" }`,
      };
      const name = pascalCase(entity);
      const result = await admin<Record<string, { id: number }>>(
        role,
        `mutation { create${name}(input: ${input[entity]}) { id } }`,
      );
      const id = result.data?.[`create${name}`]?.id;
      if (id) model.records.push({ entity, id });
    };

  const update =
    (entity: Kind, index: number): Step =>
    async (model, role) => {
      const record = pick(model, entity, index);
      if (!record) return;
      const text = sentinel();
      const patch: Record<Kind, string> = {
        DECISION: `{ title: "${text}", text: "${text} text" }`,
        AUDIT: `{ title: "${text}" }`,
        RECOMMENDATION: `{ text: "${text}" }`,
        EVENT: `{ text: "${text}" }`,
        ACTION_PLAN: `{ title: "${text}" }`,
        ACTIVITY: `{ title: "${text}" }`,
      };
      const name = pascalCase(entity);
      await admin(
        role,
        `mutation($id: Int!, $v: Int!) { update${name}(id: $id, expectedVersion: $v, patch: ${patch[entity]}) { id } }`,
        {
          id: record.id,
          v: await versionOf(record),
        },
      );
    };

  const link =
    (unlink: boolean, toActivity: boolean, index: number): Step =>
    async (model, role) => {
      const recommendation = pick(model, "RECOMMENDATION", index);
      const other = pick(model, toActivity ? "ACTIVITY" : "DECISION", index >> 3);
      if (!recommendation || !other) return;
      const kind = toActivity ? "Activity" : "Decision";
      await admin(
        role,
        `mutation($r: Int!, $o: Int!) { ${unlink ? "unlink" : "link"}Recommendation${kind}(recommendationId: $r, ${kind.toLowerCase()}Id: $o) }`,
        { r: recommendation.id, o: other.id },
      );
    };

  const retract =
    (entity: Kind, index: number, withChildren: boolean): Step =>
    async (model, role) => {
      const record = pick(model, entity, index);
      if (!record) return;
      await admin(
        role,
        "mutation($e: Entity!, $id: Int!, $v: Int!, $w: Boolean) { retract(entity: $e, id: $id, expectedVersion: $v, withChildren: $w) { id } }",
        { e: entity, id: record.id, v: await versionOf(record), w: withChildren },
      );
    };

  const deleteDraft =
    (entity: Kind, index: number): Step =>
    async (model, role) => {
      const record = pick(model, entity, index);
      if (!record) return;
      await admin(
        role,
        "mutation($e: Entity!, $id: Int!, $v: Int!) { deleteDraft(entity: $e, id: $id, expectedVersion: $v) }",
        {
          e: entity,
          id: record.id,
          v: await versionOf(record),
        },
      );
    };

  const publish =
    (entity: Kind | undefined, index: number): Step =>
    async (model, role) => {
      const record = entity ? pick(model, entity, index) : undefined;
      if (entity && !record) return;
      const result = await admin<{ publish: { published: { data: unknown }[] } }>(
        role,
        "mutation($records: [RecordRef!]) { publish(records: $records) { published { data } } }",
        record ? { records: [{ entity: record.entity, id: record.id }] } : {},
      );
      // What was published becomes public: its sentinels may be served from now on.
      for (const found of sentinelsIn(result.data?.publish.published ?? [])) model.published.add(found);
    };

  const kinds = fc.constantFrom<Kind>(
    "DECISION",
    "AUDIT",
    "RECOMMENDATION",
    "EVENT",
    "ACTION_PLAN",
    "ACTIVITY",
  );
  const index = fc.nat({ max: 1000 });
  const step = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(kinds, index).map(([k, i]) => ({ name: `create ${k}`, run: create(k, i) })),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(kinds, index).map(([k, i]) => ({ name: `update ${k}`, run: update(k, i) })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.boolean(), fc.boolean(), index).map(([u, a, i]) => ({
        name: `${u ? "unlink" : "link"} ${a ? "activity" : "decision"}`,
        run: link(u, a, i),
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(kinds, index, fc.boolean())
        .map(([k, i, w]) => ({ name: `retract ${k}${w ? " with children" : ""}`, run: retract(k, i, w) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(kinds, index)
        .map(([k, i]) => ({ name: `delete draft ${k}`, run: deleteDraft(k, i) })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.option(kinds, { nil: undefined }), index)
        .map(([k, i]) => ({ name: `publish ${k ?? "all"}`, run: publish(k, i) })),
    },
  );
  const roleArbitrary = fc.constantFrom(...ROLES);

  it("never serves an unpublished sentinel, moves the version only by a publisher, and keeps the history", async () => {
    const model: Model = { records: [], published: new Set(), instants: [] };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(step, roleArbitrary), { minLength: 4, maxLength: 16 }),
        async (sequence) => {
          for (const [{ name, run }, role] of sequence) {
            const before = await publicAnswers(model);
            const kept = await history();
            await run(model, role);
            steps++;
            model.instants.push(new Date().toISOString());
            const after = await publicAnswers(model);
            const leaked = sentinelsIn(after.answers).filter((found) => !model.published.has(found));
            expect(leaked, `${role}: ${name} made public what was never published`).toEqual([]);
            if (role !== "publisher")
              expect(after.version, `${role}: ${name} moved the publication version`).toBe(before.version);
            const now = await history(kept.last);
            expect(now, `${role}: ${name} changed the history`).toEqual(kept);
            expect((await history()).rows).toBeGreaterThanOrEqual(kept.rows);
          }
        },
      ),
      { numRuns: fuzzRuns(20) },
    );
    // The sequences must have reached what they are for: drafts published, and more drafts than that.
    expect(model.published.size).toBeGreaterThan(0);
    expect(counter).toBeGreaterThan(model.published.size);
  });
});
