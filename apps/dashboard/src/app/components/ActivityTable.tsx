import { ACTIVITY_STATUS, DemoTag } from "@jamlik/ui";
import type { ComponentChildren } from "preact";
import type { ActivityRow } from "../followUp.ts";
import { OverdueBadge, StatusBadge, UnknownStatusBadge } from "./Badges.tsx";
import { type Column, DataTable } from "./DataTable.tsx";
import { SourceDetails } from "./SourceDetails.tsx";

type SourceCell = (row: ActivityRow) => ComponentChildren;

const detailsCell: SourceCell = (r) => (
  <SourceDetails source={r.activity.source} context={`aktiviteten ${r.activity.title}`} label="Visa källa" />
);

const columns = (showRegion: boolean, sourceCell: SourceCell): Column<ActivityRow>[] => [
  ...(showRegion
    ? [{ header: "Region", cell: (r: ActivityRow) => r.regionName, csv: (r: ActivityRow) => r.regionName }]
    : []),
  {
    header: "Aktivitet",
    rowHeader: true,
    cell: (r) => (
      <>
        {r.activity.heading && <span class="activity-heading">{r.activity.heading}</span>}
        {r.activity.title} {r.activity.demo && <DemoTag />}
        {r.activity.note && <span class="note">{r.activity.note}</span>}
      </>
    ),
    csv: [
      { header: "Handlingsplan", value: (r) => r.plan },
      { header: "Rubrik", value: (r) => r.activity.heading },
      { header: "Aktivitet", value: (r) => r.activity.title },
      { header: "Anmärkning", value: (r) => r.activity.note },
    ],
  },
  {
    header: "Deadline",
    cell: (r) => (
      <>
        {r.activity.due ?? <span class="muted">anges inte</span>}
        {r.activity.start && <span class="muted"> (start {r.activity.start})</span>}
      </>
    ),
    csv: [
      { header: "Start", value: (r) => r.activity.start },
      { header: "Deadline", value: (r) => r.activity.due },
    ],
  },
  {
    header: "Status",
    cell: (r) => (
      <>
        <StatusBadge status={r.activity.status} />
        {r.activity.statusAsOf && <span class="muted"> per {r.activity.statusAsOf}</span>}{" "}
        {r.activity.overdue === true && <OverdueBadge />}
        {r.activity.overdue === null && <UnknownStatusBadge since={r.activity.statusAsOf} />}
        {r.activity.completedOn && <span class="muted"> klar {r.activity.completedOn}</span>}
      </>
    ),
    csv: [
      { header: "Status", value: (r) => ACTIVITY_STATUS[r.activity.status] },
      { header: "Status känd per", value: (r) => r.activity.statusAsOf },
      {
        header: "Försenad i dag",
        value: (r) => (r.activity.overdue === null ? "okänt" : r.activity.overdue),
      },
      { header: "Klar datum", value: (r) => r.activity.completedOn },
    ],
  },
  {
    header: "Källa",
    cell: sourceCell,
    csv: [
      { header: "Källa", value: (r) => r.activity.source?.document },
      { header: "Dnr", value: (r) => r.activity.source?.dnr },
    ],
  },
];

export interface ActivityTableProps {
  caption: string;
  rows: ActivityRow[];
  showRegion?: boolean;
  id?: string;
  empty?: string;
  /** How the source column shows a source: a disclosure by default, a footnote number in the printable report. */
  sourceCell?: SourceCell;
}

export function ActivityTable(props: ActivityTableProps) {
  return (
    <DataTable
      {...(props.id && { id: props.id })}
      className="activity-table"
      caption={props.caption}
      columns={columns(props.showRegion ?? false, props.sourceCell ?? detailsCell)}
      rows={props.rows}
      rowKey={(r) => `${r.regionCode}|${r.plan}|${r.activity.title}|${r.activity.due}`}
      demo={(r) => r.activity.demo}
      rowClass={(r) =>
        r.activity.overdue === true ? "overdue" : r.activity.overdue === null ? "unknown" : undefined
      }
      empty={props.empty ?? "Inga aktiviteter matchar urvalet."}
    />
  );
}
