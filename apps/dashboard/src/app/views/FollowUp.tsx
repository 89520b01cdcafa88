import { ACTIVITY_STATUS, Checkbox, DemoTag, ErrorMessage, Select } from "@jamlik/ui";
import { ActivityTable } from "../components/ActivityTable.tsx";
import { AuditTitle } from "../components/AuditTitle.tsx";
import { DecisionItem } from "../components/DecisionItem.tsx";
import { Findings } from "../components/Findings.tsx";
import { QueryStatus } from "../components/Notices.tsx";
import { Page } from "../components/Page.tsx";
import { SourceDetails } from "../components/SourceDetails.tsx";
import { Timeline } from "../components/Timeline.tsx";
import {
  type ActivityFilter,
  activityRows,
  deadlineCounts,
  deadlineSentences,
  matches,
} from "../followUp.ts";
import type { ActivityStatus } from "../graphql/fragmentTypes.ts";
import type { RevisionQuery } from "../graphql/generated/graphql.ts";
import { RevisionDocument as FOLLOW_UP } from "../graphql/generated/graphql.ts";
import { useQuery } from "../graphql/useQuery.ts";
import { readPublishedAsOf } from "../publishedAsOf.ts";
import { setParams } from "../router.ts";

type FollowUpRegion = RevisionQuery["regions"][number];

const STATUSES = Object.keys(ACTIVITY_STATUS) as ActivityStatus[];

function RegionFollowUp({
  region,
  filter,
  asOf,
}: {
  region: FollowUpRegion;
  filter: ActivityFilter;
  asOf: string;
}) {
  const headingId = `uppfoljning-${region.code}`;
  const rows = activityRows(region).filter((r) => matches(r.activity, filter));
  return (
    <section class="region-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{region.name}</h2>
      {(region.audits ?? []).map((audit) => (
        <div class="card" key={audit.title} data-demo={String(audit.demo)}>
          <h3>
            Granskning: <AuditTitle audit={audit} /> {audit.demo && <DemoTag />}
          </h3>
          {audit.focus && <p>Granskningen avsåg främst: {audit.focus}</p>}
          {audit.conclusion && <p>{audit.conclusion}</p>}
          {audit.note && <p class="note">{audit.note}</p>}
          <SourceDetails source={audit.source} context={`granskningen ${audit.title}, ${region.name}`} />
        </div>
      ))}
      <h3>Iakttagelser</h3>
      <Findings
        findings={region.findings ?? []}
        level={4}
        source={(finding) => (
          <SourceDetails
            source={finding.source}
            context={`iakttagelsen, ${region.name}`}
            label="Visa källa"
          />
        )}
      />
      <h3>Tidslinje</h3>
      <Timeline
        events={region.events ?? []}
        label={`Tidslinje, ${region.name}`}
        source={(event) => (
          <SourceDetails source={event.source} context={`${event.date}, ${region.name}`} label="Visa källa" />
        )}
      />
      <h3>Rekommendationer, beslut och aktiviteter</h3>
      {(region.recommendations ?? []).length === 0 ? (
        <p class="muted">Dokumenten listar inga enskilda rekommendationer för regionen.</p>
      ) : (
        <ol class="recommendations">
          {(region.recommendations ?? []).map((rec) => {
            const activities = rec.activities.filter((a) => matches(a, filter));
            return (
              <li key={rec.ordinal} class="recommendation" data-demo={String(rec.demo)}>
                <p>
                  <strong>Rekommendation {rec.ordinal}.</strong> {rec.text} {rec.demo && <DemoTag />}
                </p>
                <SourceDetails
                  source={rec.source}
                  context={`rekommendation ${rec.ordinal}, ${region.name}`}
                />
                <p class="label">Beslut</p>
                {rec.decisionLinks.length === 0 ? (
                  <p class="muted">Inget beslut kopplat till rekommendationen.</p>
                ) : (
                  <ul class="decisions">
                    {rec.decisionLinks.map(({ decision, note, source }) => (
                      <DecisionItem
                        key={`${decision.dnr}-${decision.title}`}
                        decision={decision}
                        link={{
                          note,
                          source,
                          context: `rekommendation ${rec.ordinal} och ${decision.title}`,
                        }}
                      />
                    ))}
                  </ul>
                )}
                <p class="label">Aktiviteter</p>
                {rec.activities.length === 0 ? (
                  <p class="muted">Inga aktiviteter kopplade till rekommendationen.</p>
                ) : (
                  <ul class="decisions">
                    {activities.map((a) => (
                      <li key={a.title} data-demo={String(a.demo)}>
                        {a.title} ({a.due ?? "ingen deadline"}, {ACTIVITY_STATUS[a.status]}
                        {a.statusAsOf ? ` per ${a.statusAsOf}` : ""}
                        {a.overdue === true ? ", försenad" : a.overdue === null ? ", okänt om klar" : ""})
                        {a.demo && <DemoTag />}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {(region.actionPlans ?? []).map((plan) => (
        <div key={plan.title} class="plan" data-demo={String(plan.demo)}>
          <h3>
            Handlingsplan: {plan.title} {plan.demo && <DemoTag />}
          </h3>
          {plan.decision && (
            <>
              <p class="label">Beslut</p>
              <ul class="decisions">
                <DecisionItem decision={plan.decision} />
              </ul>
            </>
          )}
          <SourceDetails
            source={plan.source}
            context={`handlingsplanen ${plan.title}`}
            label="Källa för handlingsplanen"
          />
        </div>
      ))}
      {(region.actionPlans ?? []).length === 0 && <p class="muted">Ingen handlingsplan i dokumenten.</p>}
      {activityRows(region).length > 0 && (
        <ActivityTable
          id={`aktiviteter-${region.code}`}
          caption={`Aktiviteter i ${region.name} per ${asOf}`}
          rows={rows}
        />
      )}
    </section>
  );
}

export function FollowUp({ focus, params }: { focus: boolean; params: URLSearchParams }) {
  const publishedAsOf = readPublishedAsOf(params);
  const asOf = publishedAsOf.day;
  const state = useQuery(FOLLOW_UP, { asOf, publishedAsOf: publishedAsOf.instant });
  const data = state.result?.data;
  const unavailable = state.result?.unavailableRegions ?? [];
  const regionFilter = params.get("region") ?? "";
  const status = STATUSES.find((s) => s === params.get("status"));
  const filter: ActivityFilter = { status, overdueOnly: params.get("forsenade") === "ja" };
  const regions = (data?.regions ?? []).filter((r) => !regionFilter || r.code === regionFilter);
  const available = regions.filter((r) => !unavailable.includes(r.code));
  const counts = available.map((r) => ({ region: r, counts: deadlineCounts(activityRows(r)) }));

  return (
    <Page
      title="Revision och handlingsplaner"
      focus={focus}
      publishedAsOf={publishedAsOf}
      busy={state.loading}
      status={<QueryStatus state={state} what="revisionerna och handlingsplanerna" />}
      lead={
        <p>
          Revisorernas rekommendationer och iakttagelser, regionernas beslut och handlingsplanernas
          aktiviteter med status och deadline. Försenad betyder att deadline har passerat{" "}
          {publishedAsOf.instant ? `den ${asOf}` : `i dag (${asOf})`} och att aktiviteten enligt en uppgift
          från tiden efter deadline varken var klar eller avbruten. Där ingen sådan uppgift finns står det att
          statusen är okänd, och sedan när.
        </p>
      }
    >
      <div class="filters no-print">
        <Select
          label="Region"
          value={regionFilter}
          options={[
            { value: "", label: "Alla regioner" },
            ...(data?.regions ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
          onChange={(value) => setParams({ region: value })}
        />
        <Select
          label="Status"
          value={status ?? ""}
          options={[
            { value: "", label: "Alla" },
            ...STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS[s] })),
          ]}
          onChange={(value) => setParams({ status: value })}
        />
        <Checkbox
          label="Visa bara försenade aktiviteter"
          checked={filter.overdueOnly ?? false}
          onChange={(checked) => setParams({ forsenade: checked ? "ja" : undefined })}
        />
      </div>
      {state.error && <ErrorMessage message={state.error} />}
      {data && (
        <>
          <div class="summary-box">
            <p class="summary">Läget i dag ({asOf}):</p>
            <ul class="summary-list">
              {counts.map(({ region, counts: c }) => (
                <li key={region.code} data-demo={String(c.demo)}>
                  <strong>{region.name}:</strong> {deadlineSentences(c).join("; ")}. {c.demo && <DemoTag />}
                </li>
              ))}
            </ul>
          </div>
          {available.map((region) => (
            <RegionFollowUp key={region.code} region={region} filter={filter} asOf={asOf} />
          ))}
        </>
      )}
    </Page>
  );
}
