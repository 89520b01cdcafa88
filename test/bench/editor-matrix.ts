/**
 * The editor's offering matrix at national scale in Chromium: 300 care units × the catalog's 12
 * services for Norrbotten (synthetic data). It measures the matrix's first render (navigation start
 * → the rows on screen with their data: the page's `jamlik:matris` mark) and a toggle (click → the
 * saved draft shown), on a warm stack. A benchmark, not a test: it reports, it asserts nothing.
 * Usage: npm run bench:editor [-- toggles]
 */
import { loadavg } from "node:os";
import { launchBrowser, SWEDISH_DESKTOP } from "../e2e/browser.ts";
import { startTestStack } from "../e2e/stack.ts";

const toggles = Number(process.argv[2] ?? 20);
const UNITS = 300;
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

const [stack, browser] = await Promise.all([
  startTestStack({ editor: true, env: { SEED: "synthetic", SYNTHETIC_CARE_UNITS: String(UNITS) } }),
  launchBrowser(),
]);
try {
  const context = await browser.newContext(SWEDISH_DESKTOP);
  const page = await context.newPage();
  await page.goto(`${stack.editorUrl}/`);
  await page.getByRole("link", { name: "Logga in" }).click();
  await page.getByLabel("Användarnamn").fill("se-bd-editor");
  await page.getByLabel("Lösenord").fill("jamlik");
  await page.getByRole("button", { name: "Logga in" }).click();

  const renders: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto(`${stack.editorUrl}/`);
    await page.waitForFunction(() => performance.getEntriesByName("jamlik:matris").length > 0, null, {
      timeout: 120_000,
    });
    const mark = await page.evaluate(() => performance.getEntriesByName("jamlik:matris")[0]?.startTime ?? -1);
    if (i >= 2) renders.push(mark); // the first two warm the stack
  }
  const rows = await page.locator("tbody tr").count();
  const cells = await page.locator("tbody input[type=checkbox]").count();

  const times: number[] = [];
  const boxes = page.locator("tbody input[type=checkbox]");
  for (let i = 0; i < toggles; i++) {
    const box = boxes.nth((i * 37) % cells);
    const label = (await box.getAttribute("aria-label")) ?? "";
    const before = await box.isChecked();
    const started = performance.now();
    await box.click();
    await page.getByRole("checkbox", { name: label, checked: !before }).waitFor({ timeout: 60_000 });
    await page
      .getByRole("status")
      .filter({ hasText: /utkast/ })
      .waitFor({ timeout: 60_000 });
    times.push(performance.now() - started);
  }
  console.log(
    `machine: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} load average (1, 5, 15 min)`,
  );
  console.log(`matrix: ${rows} care units × ${cells / Math.max(rows, 1)} services = ${cells} cells`);
  console.log(
    `first render (navigation start → rows with data): median ${quantile(renders, 0.5).toFixed(0)} ms, ` +
      `min ${Math.min(...renders).toFixed(0)}, max ${Math.max(...renders).toFixed(0)} (${renders.length} loads)`,
  );
  console.log(
    `toggle (click → saved draft shown): median ${quantile(times, 0.5).toFixed(0)} ms, p90 ${quantile(times, 0.9).toFixed(0)} ms, ` +
      `max ${Math.max(...times).toFixed(0)} ms (${times.length} toggles)`,
  );
} finally {
  await browser.close();
  await stack.dispose();
}
