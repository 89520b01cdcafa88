import { isDate, isPeriod, todayIso } from "@jamlik/domain";
import { BadUserInputError } from "@jamlik/schema";

/** A date argument (YYYY-MM-DD), today when omitted. */
export function asOfArg(value: string | null | undefined, name = "asOf"): string {
  if (value === null || value === undefined) return todayIso();
  if (!isDate(value))
    throw new BadUserInputError(`${name} must be a date YYYY-MM-DD, got "${value}"`, [name], "date");
  return value;
}

export function periodArg(value: string | null | undefined, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isPeriod(value)) {
    throw new BadUserInputError(
      `${name} must be a period (2020, 2017-Q3, 2020-05 or 2021-05-20), got "${value}"`,
      [name],
      "period",
    );
  }
  return value;
}

/** Catalog codes are A–Z, 0–9 and _; anything else names no metric (and never reaches SQL). */
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function codeArg(value: string | null | undefined, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!CODE.test(value)) {
    throw new BadUserInputError(
      `${name} must be a catalog code (A–Z, 0–9, _), got ${JSON.stringify(value.slice(0, 70))}`,
      [name],
      "code",
    );
  }
  return value;
}
