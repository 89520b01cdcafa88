import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.ts";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe("createProgress", () => {
  it("is silent when the stream is not a terminal", () => {
    const out = stream(false);
    const progress = createProgress(out);
    progress.parsed(10, 20);
    progress.waiting(20);
    progress.stop();
    expect(out.writes).toEqual([]);
  });

  it("shows nothing for work that ends quickly", () => {
    const out = stream(true);
    let clock = 0;
    const progress = createProgress(out, { now: () => clock, delayMs: 300 });
    progress.parsed(10, 10);
    clock = 100;
    progress.waiting(10);
    progress.stop();
    expect(out.writes).toEqual([]);
  });

  it("shows rows read, then the time waited, on one line it clears at the end", () => {
    const out = stream(true);
    let clock = 0;
    const progress = createProgress(out, { now: () => clock, delayMs: 0 });
    progress.parsed(1000, 5000);
    clock = 50;
    progress.parsed(2000, 5000); // throttled
    clock = 300;
    progress.parsed(5000, 5000);
    clock = 1800;
    progress.waiting(5000);
    progress.stop();
    expect(out.writes).toEqual([
      "\r\u001b[Kreading rows: 1000 / 5000  0.0 s",
      "\r\u001b[Kreading rows: 5000 / 5000  0.3 s",
      "\r\u001b[Ksent 5000 rows, waiting for the server: 0.0 s (1.8 s in all)",
      "\r\u001b[K",
    ]);
  });
});
