/**
 * Asks `read` until `done` holds for its answer, and returns that answer: for waiting on an event
 * (a process up, a change visible) in a hook, where `expect.poll` is not available. The limit is a
 * failure bound, generous for a busy machine, never a speed check.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `gave up waiting for ${options.what}; last seen: ${JSON.stringify(last)?.slice(0, 300)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}
