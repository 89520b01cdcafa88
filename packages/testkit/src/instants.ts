/**
 * An instant strictly between what was written before the call and what is written after it: it
 * waits a few milliseconds on each side, so a publication's timestamp never equals it.
 */
export async function instantBetweenWrites(marginMs = 10): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, marginMs));
  const instant = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, marginMs));
  return instant;
}
