import { seededRandom } from "@jamlik/seeds/random";

/** Seeded choices for generated test input: the same seed, the same choices, in every run. */
export function seededChoices(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    int: (n: number) => Math.floor(next() * n),
  };
}

export type SeededChoices = ReturnType<typeof seededChoices>;

/** A 32-bit seed from text (FNV-1a). */
export function stringSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
