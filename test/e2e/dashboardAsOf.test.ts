import { REGIONS } from "@jamlik/registry";
import { adminToken, clockPast, instantBetweenWrites, postGraphQL } from "@jamlik/testkit";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  attributeOf,
  expectAccessible,
  haveChromium,
  launchBrowser,
  poll,
  SWEDISH_DESKTOP,
  screenshot,
  textOf,
  visible,
  watchPage,
} from "./browser.ts";
import { sharedStack } from "./sharedStacks.ts";

const region =
  REGIONS[2] ??
  (() => {
    throw new Error("the registry has fewer than three regions");
  })();

/**
 * The dashboard read as published at a day or an instant ("Läget per"), and the Regionrapport's
 * permanent link: the same text after later publications, and what changed since.
 */
describe.skipIf(!haveChromium)("the dashboard as published at an instant, in Chromium", () => {
  const stack = sharedStack("openStack");
  const base = stack.dashboardUrl ?? "";
  const adminUrl = stack.adminUrls[region.code] ?? "";
  let browser: Browser;
  let context: BrowserContext;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const published: { entity: string; id: number }[] = [];

  const admin = async <T>(role: string, query: string, variables = {}) => {
    const bearer = await adminToken(stack.devSecret, region.code, role);
    const result = await postGraphQL<T>(adminUrl, query, variables, { authorization: `Bearer ${bearer}` });
    expect(result.errors, query).toBeUndefined();
    return result.data as T;
  };
  /** Publishes a finding with `text` now, as the region's staff would. */
  const publishFinding = async (text: string) => {
    const created = await admin<{ createFinding: { id: number } }>(
      "editor",
      `mutation($text: String!) { createFinding(input: { topic: BOARD_FOLLOW_UP, statedBy: BOARD, text: $text }) { id } }`,
      { text },
    );
    published.push({ entity: "FINDING", id: created.createFinding.id });
    await admin(
      "publisher",
      `mutation($id: Int!) { publish(records: [{ entity: FINDING, id: $id }]) { published { id } } }`,
      { id: created.createFinding.id },
    );
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext(SWEDISH_DESKTOP);
  });

  // Each test's own pages load nothing from anywhere but the dashboard and log no errors: checked
  // after every test, so none passes for want of pages opened by another.
  afterEach(() => {
    expect(foreignRequests.splice(0)).toEqual([]);
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    // Other files read this region as the documents seed it.
    for (const { entity, id } of published) {
      await admin(
        "publisher",
        `mutation($id: Int!) { retract(entity: ${entity}, id: $id, expectedVersion: 2) { id } }`,
        {
          id,
        },
      );
    }
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    watchPage(page, base, foreignRequests, pageErrors, path);
    await page.goto(new URL(path, base).href);
    return page;
  };
  const reportText = (page: Page) => textOf(page.locator("article.report"));

  it("Regionrapport: its permanent link shows the same report after a later publication, and the changes since", async () => {
    const page = await open(`/rapport?region=${region.code}`);
    const permalink = page.locator(".permalink a");
    await visible(permalink);
    const pinned = await permalink.getAttribute("href");
    const instant = new URL(pinned ?? "", base).searchParams.get("per") ?? "";
    expect(Date.parse(instant)).toBeLessThanOrEqual(Date.now());
    await poll(textOf(page.locator(".published-at"))).toMatch(
      /Uppgifter publicerade senast \d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
    );
    await poll(textOf(page.locator(".published-at"))).toMatch(/publiceringsversion \d+/);

    // The report as its permanent link shows it, before anything else is published.
    await page.goto(new URL(pinned ?? "", base).href);
    await poll(attributeOf(page.locator(".published-at"), "data-published-at")).toBe(instant);
    await poll(textOf(page.locator("#rapport-mal-tabell, .report table").first())).not.toBe("");
    await visible(page.getByRole("heading", { level: 3, name: "Källor" }));
    const before = await reportText(page)();
    await poll(textOf(page.locator(".as-of-notice"))).toContain("Visar uppgifterna som de var publicerade");

    // Published after the pinned instant, whatever the clock's resolution.
    await clockPast(instant);
    await publishFinding("Styrelsen följer nu upp målen varje kvartal (testpublicering efter rapporten).");

    // Today's report shows the new finding (once the gateway's answer cache has seen the new version).
    const today = await open(`/rapport?region=${region.code}`);
    await poll(textOf(today.locator("article.report"))).toContain(
      "Styrelsen följer nu upp målen varje kvartal",
    );
    await today.close();

    // The pinned report reads exactly as before.
    await page.reload();
    await poll(attributeOf(page.locator(".published-at"), "data-published-at")).toBe(instant);
    await visible(page.getByRole("heading", { level: 3, name: "Källor" }));
    await poll(reportText(page)).toBe(before);
    expect(before).not.toContain("Styrelsen följer nu upp målen varje kvartal");

    // "Förändringar sedan förra rapporten": today's report against the pinned one.
    const changes = await open(`/rapport?${new URLSearchParams({ region: region.code, sedan: instant })}`);
    const table = changes.getByRole("table", { name: /Förändringar i .* sedan/ });
    await poll(textOf(table)).toContain("Iakttagelse: Styrelsen följer nu upp målen varje kvartal");
    await poll(textOf(table)).toContain("Publicerad");
    await poll(textOf(table)).toContain("publicerare");
    await screenshot(changes, "dashboard-rapport-forandringar");
    await expectAccessible(changes, "Regionrapport med förändringar");
    await changes.close();
    await page.close();
  });

  it("Läget per: every view takes a day or an instant, kept in the URL, and says what it shows", async () => {
    // The stack's publication logs begin when it started, before this file: an instant between
    // writes from now on has a published state.
    const instant = await instantBetweenWrites();
    const day = new Date(instant).toLocaleDateString("sv-SE");
    const page = await open(`/?per=${instant}`);
    await poll(textOf(page.locator(".as-of-notice"))).toContain("Visar uppgifterna som de var publicerade");
    await poll(textOf(page.getByRole("table").first())).toContain("83 %");
    for (const path of [
      "/matt",
      `/utbud?region=${region.code}`,
      "/revision",
      `/rapport?region=${region.code}`,
    ]) {
      await page.goto(new URL(`${path}${path.includes("?") ? "&" : "?"}per=${instant}`, base).href);
      await poll(attributeOf(page.locator(".as-of-notice"), "data-published-as-of")).toBe(instant);
      await poll(() => page.getByLabel("Läget per").inputValue()).toBe(day);
    }
    await poll(attributeOf(page.locator(".published-at"), "data-published-at")).toBe(instant);
    await expectAccessible(page, "Regionrapport läget per");

    // A day is picked in the field and kept in the URL; one before the regions' history began says so.
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString("sv-SE");
    await page.getByLabel("Läget per").fill(yesterday);
    await poll(() => new URL(page.url()).searchParams.get("per")).toBe(yesterday);
    await poll(textOf(page.locator(".as-of-notice"))).toContain(`när ${yesterday} var slut`);
    await poll(textOf(page.locator("[data-before-history]"))).toContain(
      "började föra sin publiceringshistorik senare",
    );
    await page.getByRole("link", { name: "Visa läget nu" }).click();
    await poll(() => new URL(page.url()).searchParams.get("per")).toBeNull();
    await page.goto(new URL("/?per=2999-01-01", base).href);
    await poll(textOf(page.getByRole("alert"))).toContain("har inte kommit än");
    await page.close();
  });
});
