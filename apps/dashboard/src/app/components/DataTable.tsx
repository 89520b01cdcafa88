import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { CsvValue } from "../csv.ts";
import { CsvButton } from "./CsvButton.tsx";

export interface CsvField<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

export interface Column<Row> {
  /** The column's heading (and its CSV header unless `csv` lists fields of its own). */
  header: string;
  /** Markup for the heading when it shows more than the text. */
  headerCell?: ComponentChildren;
  cell: (row: Row) => ComponentChildren;
  /** The CSV value of the column, or several fields for a column that shows several facts. */
  csv: ((row: Row) => CsvValue) | CsvField<Row>[];
  /** The cell names the row: a `<th scope="row">`. */
  rowHeader?: boolean;
  numeric?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  /** The table's caption, also the CSV file's name. */
  caption: string;
  /** More in the caption after the title (for example a demo tag). */
  captionExtra?: ComponentChildren;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /**
   * Whether a row is, or is computed from, synthetic demo data: marked on the row (`data-demo`)
   * and as the CSV's last column, `demo`, so the mark travels with the figures.
   */
  demo: (row: Row) => boolean;
  rowClass?: (row: Row) => string | undefined;
  /** Shown in the body when there are no rows. */
  empty?: string;
  id?: string;
  className?: string;
}

function csvFields<Row>(column: Column<Row>): CsvField<Row>[] {
  return typeof column.csv === "function" ? [{ header: column.header, value: column.csv }] : column.csv;
}

/** A scroll container is a tab stop (and a named region) only when it actually scrolls. */
function useScrollable() {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  });
  return { ref, scrollable };
}

/** The CSV column every table ends with: is the row demo data (ja/nej)? */
export const DEMO_CSV_HEADER = "demo";

/**
 * A data table with caption, column and row headers, and a CSV download of exactly its rows and
 * columns: the CSV is made from the same column definitions as the cells, plus the demo mark.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey } = props;
  const captionId = useId();
  const { ref, scrollable } = useScrollable();
  const fields = [
    ...columns.flatMap(csvFields),
    { header: DEMO_CSV_HEADER, value: (row: Row) => props.demo(row) },
  ];
  return (
    <div class={`table-block ${props.className ?? ""}`}>
      <div class="table-tools no-print">
        <CsvButton
          title={caption}
          header={fields.map((field) => field.header)}
          rows={() => rows.map((row) => fields.map((field) => field.value(row)))}
        />
      </div>
      <div
        class="table-scroll"
        ref={ref}
        {...(scrollable && { tabIndex: 0, role: "region", "aria-labelledby": captionId })}
      >
        <table id={props.id} data-rows={rows.length}>
          <caption id={captionId}>
            {caption}
            {props.captionExtra}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" class={column.numeric ? "numeric" : undefined}>
                  {column.headerCell ?? column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} class="empty">
                  {props.empty ?? "Inga uppgifter att visa."}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={rowKey(row)} class={props.rowClass?.(row)} data-demo={String(props.demo(row))}>
                {columns.map((column) => {
                  const className = [column.numeric && "numeric", column.className].filter(Boolean).join(" ");
                  return column.rowHeader ? (
                    <th key={column.header} scope="row" class={className || undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header} class={className || undefined}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
