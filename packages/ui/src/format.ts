const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number the Swedish way: decimal comma, a space between thousands (206 000, 37,5). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("sv-SE", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  // Intl writes U+2212 for minus: a plain hyphen-minus reads the same and copies better.
  return format.format(value).replace("\u2212", "-");
}

/** "2026-11-25T08:01:02.000Z" → "2026-11-25 09:01" in the reader's time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" });
}

/** Today in the reader's time zone as YYYY-MM-DD (the API's dates). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 vårdenhet", "3 vårdenheter". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}
