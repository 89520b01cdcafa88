import { postGraphQL, waitFor } from "@jamlik/testkit";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countOf,
  expectAccessible,
  haveChromium,
  launchBrowser,
  poll,
  SWEDISH_DESKTOP,
  screenshot,
  textOf,
  watchPage,
} from "./browser.ts";
import { sharedStack, stackControl } from "./sharedStacks.ts";

const CARE_UNITS = `{ regions { code name careUnits { hsaId } } }`;
const LATEST = `query($metric: ID!) { regions { code name latest(metric: $metric) { period value } } }`;
const COVERAGE = `{ regions { code coverage { share unitsTotal } } }`;
type Regions = { regions: { code: string; [field: string]: unknown }[] };

/**
 * Processes stopped and started while the rest runs: a region, the national subgraph, the gateway,
 * as an API client, a load balancer and the dashboard's reader see them, on the run's open stack
 * (whatever a test stops, it starts again). The gateway's circuit cooldown and probe interval are
 * ten minutes there, so only the fast probing of a subgraph that does not answer can bring it back.
 */
describe("outages and recovery", () => {
  const stack = sharedStack("openStack");
  const processes = stackControl(stack);
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];
  const foreign: string[] = [];
  const query = <T = Regions>(text: string, variables?: Record<string, unknown>) =>
    postGraphQL<T>(stack.gatewayUrl, text, variables);
  const readyStatus = async () => {
    try {
      return (await fetch(stack.gatewayUrl.replace("/graphql", "/ready"))).status;
    } catch {
      return 0;
    }
  };
  const open = async (path: string): Promise<Page> => {
    if (!context) throw new Error("no browser");
    const page = await context.newPage();
    watchPage(page, stack.dashboardUrl ?? "", foreign, pageErrors, path);
    await page.goto(new URL(path, stack.dashboardUrl).href);
    return page;
  };

  beforeAll(async () => {
    browser = haveChromium ? await launchBrowser() : undefined;
    context = await browser?.newContext(SWEDISH_DESKTOP);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    // Leave the shared stack as it was found, whatever failed on the way.
    for (const name of ["national", "SE-U", "gateway"]) await processes.start(name);
  });

  describe("with Västmanland's process stopped", () => {
    beforeAll(async () => {
      await processes.stop("SE-U");
      // The answer cache drops what it holds once the gateway sees the region go.
      await waitFor(
        () => query(LATEST, { metric: "ACCOUNT_SHARE" }),
        (result) => result.errors?.[0]?.extensions?.region === "SE-U",
        { what: "the gateway to report Västmanland unavailable" },
      );
    });

    it("still returns the other two regions, Västmanland's fields null and an error naming it", async () => {
      // Halland reports no logged-in share, so only Norrbotten's `latest` is expected there.
      for (const [text, variables, field, present] of [
        [CARE_UNITS, {}, "careUnits", ["SE-BD", "SE-N"]],
        [LATEST, { metric: "LOGGED_IN_SHARE" }, "latest", ["SE-BD"]],
        [COVERAGE, {}, "coverage", ["SE-BD", "SE-N"]],
      ] as const) {
        const result = await query(text, variables);
        const regions = result.data?.regions ?? [];
        expect(regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
        expect(regions.find((r) => r.code === "SE-U")?.[field]).toBeNull();
        for (const code of present) expect(regions.find((r) => r.code === code)?.[field]).not.toBeNull();
        expect(result.errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining("Västmanland"),
            extensions: expect.objectContaining({ code: "REGION_UNAVAILABLE", region: "SE-U" }),
          }),
        ]);
        expect(JSON.stringify(result.errors)).not.toContain("127.0.0.1");
      }
    });

    it.skipIf(!haveChromium)("the dashboard says which region is missing, and shows the others", async () => {
      const page = await open("/");
      const notice = page.getByRole("status").filter({ hasText: "Västmanland" });
      await poll(textOf(notice)).toContain("Region Västmanland svarar inte just nu");
      await poll(textOf(notice)).toContain("övriga regioner visas");
      const table = page.getByRole("table", { name: "Regionernas senaste värden på de nationella måtten" });
      const loggedIn = table
        .getByRole("row")
        .filter({ hasText: "Andel invånare inloggade i 1177 e-tjänster" });
      await poll(textOf(loggedIn.locator("td").nth(0))).toContain("83 %");
      await poll(textOf(loggedIn.locator("td").nth(1))).toContain("regionen svarar inte");
      await poll(
        textOf(table.getByRole("row").filter({ hasText: "Andel ombokningar via Webbtidbok" })),
      ).toContain("närsjukvården: 9 %");
      await screenshot(page, "dashboard-oversikt-vastmanland-nere");
      await expectAccessible(page, "Översikt utan Västmanland");

      await page.getByRole("link", { name: "Revision och handlingsplaner" }).click();
      await poll(textOf(page.getByRole("status").filter({ hasText: "Västmanland" }))).toContain(
        "svarar inte",
      );
      await poll(textOf(page.getByRole("table", { name: /Aktiviteter i Region Halland/ }))).toContain(
        "2017-Q3",
      );
      await poll(countOf(page.getByRole("heading", { level: 2, name: "Region Västmanland" }))).toBe(0);

      await page.goto(new URL("/utbud?region=SE-U", stack.dashboardUrl).href);
      await poll(textOf(page.getByRole("status").filter({ hasText: "Västmanland" }))).toContain(
        "svarar inte",
      );
      await page.close();
    });

    it("uses the region again once it is back, without restarting the gateway", async () => {
      await processes.start("SE-U");
      await expect
        .poll(async () => (await query(LATEST, { metric: "ACCOUNT_SHARE" })).errors, {
          timeout: 30_000,
          interval: 100,
        })
        .toBeUndefined();
      const result = await query(LATEST, { metric: "ACCOUNT_SHARE" });
      expect(result.data?.regions.find((r) => r.code === "SE-U")?.latest).toMatchObject({
        period: "2020",
        value: 80,
      });
    });
  });

  it("uses the national subgraph again as soon as it is back, though requests opened its circuit", async () => {
    const regions = () => query<{ regions: { code: string }[] }>("{ regions { code name } }");
    await processes.stop("national");
    for (let i = 0; i < 4; i++) {
      const failed = await regions();
      expect(failed.errors?.[0]?.extensions?.code).toBe("SUBGRAPH_UNAVAILABLE");
    }
    await expect.poll(readyStatus, { timeout: 30_000, interval: 50 }).toBe(503);
    await processes.start("national");
    await expect
      .poll(async () => (await regions()).errors, { timeout: 30_000, interval: 100 })
      .toBeUndefined();
    expect(await readyStatus()).toBe(200);
  });

  it("says ready only once it can serve: a query right after /ready succeeds", async () => {
    await processes.stop("gateway");
    await processes.stop("national");
    const gatewayReady = processes.start("gateway");
    // Listening, but not ready while national has not answered.
    await expect.poll(readyStatus, { timeout: 60_000, interval: 50 }).toBe(503);
    await processes.start("national");
    await gatewayReady;
    const first = await query<{ regions: { code: string }[] }>("{ regions { code name } }");
    expect(first.errors).toBeUndefined();
    expect(first.data?.regions.map((r) => r.code)).toEqual(["SE-BD", "SE-U", "SE-N"]);
  });

  it.skipIf(!haveChromium)(
    "the dashboard says so in words when the gateway itself does not answer",
    async () => {
      await processes.stop("gateway");
      const page = await open("/");
      const alert = page.getByRole("alert");
      await poll(textOf(alert)).toContain("API:et (gatewayen) svarar inte just nu");
      await screenshot(page, "dashboard-gateway-nere");
      await page.close();
      expect(foreign).toEqual([]);
      await processes.start("gateway");
    },
  );
});
