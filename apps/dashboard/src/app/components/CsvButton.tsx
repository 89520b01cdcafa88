import { type CsvValue, csvFileName, downloadCsv, toCsv } from "../csv.ts";

export interface CsvButtonProps {
  /** The table's title: the file's name and the button's full accessible name. */
  title: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvValue[])[];
}

/** Downloads the table's rows as CSV, made in the browser from the data on screen. */
export function CsvButton({ title, header, rows }: CsvButtonProps) {
  return (
    <button
      type="button"
      class="button button-secondary csv-button"
      onClick={() => downloadCsv(csvFileName(title), toCsv(header, rows()))}
    >
      Ladda ner CSV<span class="visually-hidden"> med {title}</span>
    </button>
  );
}
