export { looksLikeFormula, neutraliseFormula, restoreFormula } from "./formula.ts";
