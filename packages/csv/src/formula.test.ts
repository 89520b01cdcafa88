import { describe, expect, it } from "vitest";
import { looksLikeFormula, neutraliseFormula, restoreFormula } from "./formula.ts";

describe("CSV formula cells (OWASP CSV injection)", () => {
  it.each([
    '=HYPERLINK("http://evil","klicka")',
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
  ])("neutralises %j with a leading quote", (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });

  it("leaves other text alone, also on the way back", () => {
    for (const cell of ["Luleå", "", "'citat", "83,5", " =inte först", "'bara ett citattecken"]) {
      expect(neutraliseFormula(cell)).toBe(cell);
      expect(restoreFormula(cell)).toBe(cell);
    }
  });
});
