/**
 * The dashboard's first meaningful render in Chromium: navigation start → Översikt's table with
 * data (the page's own `jamlik:oversikt` mark), fresh browser contexts on a warm stack, and the
 * bundle's size. A benchmark, not a test: it reports, it asserts nothing about speed.
 * Usage: npm run bench:dashboard [-- runs]
 */
import { gzipSync } from "node:zlib";
import { launchBrowser, SWEDISH_DESKTOP } from "../e2e/browser.ts";
import { startTestStack } from "../e2e/stack.ts";

const runs = Number(process.argv[2] ?? 12);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const [stack, browser] = await Promise.all([startTestStack({ dashboard: true }), launchBrowser()]);
try {
  const base = stack.dashboardUrl ?? "";
  const marks: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    // A fresh context each time: no cached bundle; the stack itself warm.
    const context = await browser.newContext(SWEDISH_DESKTOP);
    const page = await context.newPage();
    await page.goto(base);
    await page
      .getByRole("row")
      .filter({ hasText: "Andel invånare inloggade" })
      .locator(".figure-value", { hasText: "83 %" })
      .first()
      .waitFor({ timeout: 60_000 });
    const mark = await page.evaluate(
      () => performance.getEntriesByName("jamlik:oversikt")[0]?.startTime ?? -1,
    );
    if (i >= 2) marks.push(mark); // the first two warm the stack and the browser
    await context.close();
  }
  const html = await (await fetch(base)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
  console.log(
    `Översikt, navigation start → table with data: median ${median(marks).toFixed(0)} ms, ` +
      `min ${Math.min(...marks).toFixed(0)}, max ${Math.max(...marks).toFixed(0)} (${marks.length} runs)`,
  );
  for (const path of assets) {
    const body = Buffer.from(
      await (await fetch(new URL(path, base), { headers: { "accept-encoding": "identity" } })).arrayBuffer(),
    );
    const gzip = gzipSync(body, { level: 9 }).length;
    console.log(
      `bundle ${path}: ${(body.length / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`,
    );
  }
} finally {
  await browser.close();
  await stack.dispose();
}
