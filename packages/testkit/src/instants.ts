import { setImmediate as nextTurn } from "node:timers/promises";

/** Returns once the clock reads a later millisecond than it did when called (it never sleeps a set time). */
async function nextMillisecond(): Promise<number> {
  const start = Date.now();
  let now = start;
  while (now <= start) {
    await nextTurn();
    now = Date.now();
  }
  return now;
}

/**
 * An instant strictly between what was written before the call and what is written after it:
 * the clock has moved past every earlier write (a later millisecond than any of them), and moves on
 * once more before it returns, so no later write shares the instant. The writers' timestamps come
 * from this machine's clock (the services and their databases run here).
 */
export async function instantBetweenWrites(): Promise<string> {
  const instant = await nextMillisecond();
  await nextMillisecond();
  return new Date(instant).toISOString();
}

/** Returns once the clock reads later than `instant` (ISO 8601), so what is written next is after it. */
export async function clockPast(instant: string): Promise<void> {
  const at = Date.parse(instant);
  while (Date.now() <= at) await nextTurn();
}
