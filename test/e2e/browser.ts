import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Debian's Chromium (never a downloaded one), driven by playwright-core, and what the browser
 * tests share: waits, readers of what a user sees, axe-core, screenshots and CSV downloads.
 */
export const CHROMIUM = "/usr/bin/chromium";
/** `.ci/run` installs it with apt; without it the browser tests are skipped, except in CI where they must run. */
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
if (!haveChromium) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install -y chromium)`);

const SCREENSHOTS = new URL("../screenshots/", import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What the dashboard's readers use: Swedish, a laptop's screen. */
export const SWEDISH_DESKTOP = { locale: "sv-SE", viewport: { width: 1366, height: 900 } } as const;

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Playwright's web-first assertions belong to its own test runner; with vitest the same is
 * `expect.poll`: retried until the page shows what it should (generously: a busy machine is slow).
 */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 50 });
/** The text as a reader sees it; the apps write no-break spaces (83 %, 206 000), compared here as spaces. */
export const textOf = (locator: Locator) => async () =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without what CSS hides, is the point
  (await locator.innerText()).replace(/[\u00a0\u202f]/g, " ");
export const countOf = (locator: Locator) => () => locator.count();
export const attributeOf = (locator: Locator, name: string) => () => locator.getAttribute(name);
export const focused = (locator: Locator) => () =>
  locator.evaluate(
    (element) =>
      element === (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
  );
export const visible = (locator: Locator) => locator.waitFor({ state: "visible", timeout: 30_000 });
export const hidden = (locator: Locator) => locator.waitFor({ state: "hidden", timeout: 30_000 });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core on the page as it is: no serious or critical violation; the others are printed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  const summary = (v: AxeViolation) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${JSON.stringify(v.nodes[0]?.target)})`;
  const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
  if (minor.length > 0) console.log(`axe, ${name}: ${minor.map(summary).join("; ")}`);
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map(summary),
    `axe on ${name}`,
  ).toEqual([]);
}

/** A full-page screenshot in test/screenshots/ (gitignored). */
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

export const screenshotPath = (name: string) => new URL(name, SCREENSHOTS).pathname;

/** A tiny CSV reader written for the tests (not the apps' own), so a bug in one cannot hide in the other. */
export function readCsv(text: string): { bom: boolean; rows: string[][] } {
  const bom = text.startsWith("\ufeff");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const body = bom ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ";") endField();
    else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return { bom, rows };
}

/** The CSV rows as objects by header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header = [], ...data] = rows;
  return data.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

/** Clicks a download button and reads the file it gives. */
export async function downloadCsv(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  return readCsv(readFileSync(await download.path(), "utf8"));
}

/** Records what a page asks of other origins and what it logs as errors, to be asserted empty. */
export function watchPage(page: Page, origin: string, foreign: string[], errors: string[], label: string) {
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("blob:")) foreign.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${label}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${label}: ${error.message}`));
}
