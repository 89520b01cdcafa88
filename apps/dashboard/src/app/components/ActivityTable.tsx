import type { ComponentChildren } from "preact";
import type { ActivityRow } from "../followUp.ts";
import { ACTIVITY_STATUS } from "../labels.ts";
import { OverdueBadge, StatusBadge } from "./Badges.tsx";
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
        {r.activity.title}
      </>
    ),
    csv: [
      { header: "Handlingsplan", value: (r) => r.plan },
      { header: "Rubrik", value: (r) => r.activity.heading },
      { header: "Aktivitet", value: (r) => r.activity.title },
    ],
  },
  {
    header: "Deadline",
    cell: (r) => r.activity.due ?? <span class="muted">anges inte</span>,
    csv: (r) => r.activity.due,
  },
  {
    header: "Status",
    cell: (r) => (
      <>
        <StatusBadge status={r.activity.status} /> {r.activity.overdue && <OverdueBadge />}
        {r.activity.completedOn && <span class="muted"> klar {r.activity.completedOn}</span>}
      </>
    ),
    csv: [
      { header: "Status", value: (r) => ACTIVITY_STATUS[r.activity.status] },
      { header: "Försenad i dag", value: (r) => r.activity.overdue },
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
      rowClass={(r) => (r.activity.overdue ? "overdue" : undefined)}
      empty={props.empty ?? "Inga aktiviteter matchar urvalet."}
    />
  );
}
