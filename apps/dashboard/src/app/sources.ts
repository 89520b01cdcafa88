import type { Source } from "./graphql/fragmentTypes.ts";

/** Numbers the sources a report cites, in the order they are first cited; the same source keeps its number. */
export class SourceIndex {
  readonly entries: Source[] = [];
  private readonly numbers = new Map<string, number>();

  ref(source: Source | null | undefined): number | undefined {
    if (!source) return undefined;
    const key = `${source.document}\u0000${source.dnr ?? ""}\u0000${source.quote ?? ""}`;
    let number = this.numbers.get(key);
    if (number === undefined) {
      this.entries.push(source);
      number = this.entries.length;
      this.numbers.set(key, number);
    }
    return number;
  }
}
