/** Reading and writing single cells the way Swedish spreadsheets write them. */

const blank = (value: string | null | undefined): value is null | undefined | "" =>
  value === null || value === undefined || value.trim() === "";

/** A cell's text, trimmed; blank is null. */
export const cellText = (value: string | null | undefined): string | null =>
  blank(value) ? null : value.trim();

/** Reads a number the Swedish way too: "83,5" and "83.5" are both 83.5; blank is null; junk is NaN. */
export function parseDecimal(value: string | null | undefined): number | null {
  if (blank(value)) return null;
  const normalised = value.trim().replace(/\s/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A yes/no cell: true/ja/1/yes or false/nej/0/no, any case; blank is false; anything else is null. */
export function parseFlag(value: string | null | undefined): boolean | null {
  const flag = cellText(value)?.toLowerCase();
  if (flag === null || flag === undefined) return false;
  if (["true", "ja", "1", "yes"].includes(flag)) return true;
  if (["false", "nej", "0", "no"].includes(flag)) return false;
  return null;
}

/** "83.5" → "83,5", the way Swedish Excel writes numbers; anything else unchanged. */
export function decimalComma(value: string): string {
  return /^-?\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
}
