import type { OutputStream } from "./context.ts";

/** Progress of a long import on one terminal line; silent when the stream is not a terminal. */
export interface Progress {
  /** Rows read from the file so far, of about `total`. */
  parsed(rows: number, total: number): void;
  /** Starts ticking the elapsed time while the server works on `rows` rows. */
  waiting(rows: number): void;
  /** Clears the line; call before printing anything else. */
  stop(): void;
}

const NOOP: Progress = { parsed() {}, waiting() {}, stop() {} };

const CLEAR_LINE = "\r\u001b[K";
const TICK_MS = 200;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const rowsText = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

export interface ProgressOptions {
  now?: () => number;
  /** Nothing is shown for work that ends sooner than this. */
  delayMs?: number;
}

export function createProgress(
  stream: OutputStream,
  { now = Date.now, delayMs = 300 }: ProgressOptions = {},
): Progress {
  if (!stream.isTTY) return NOOP;
  const started = now();
  let shown = false;
  let lastDraw: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const draw = (text: string) => {
    if (now() - started < delayMs) return;
    stream.write(`${CLEAR_LINE}${text}`);
    shown = true;
    lastDraw = now();
  };

  return {
    parsed(rows, total) {
      if (lastDraw !== undefined && now() - lastDraw < TICK_MS && rows < total) return;
      draw(`reading rows: ${rows} / ${Math.max(rows, total)}  ${seconds(now() - started)}`);
    },
    waiting(rows) {
      const since = now();
      const tick = () =>
        draw(
          `sent ${rowsText(rows)}, waiting for the server: ${seconds(now() - since)} (${seconds(now() - started)} in all)`,
        );
      tick();
      timer = setInterval(tick, TICK_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
