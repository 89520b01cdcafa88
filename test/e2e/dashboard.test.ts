import { gzipSync } from "node:zlib";
import { postGraphQL } from "@jamlik/testkit";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  attributeOf,
  countOf,
  downloadCsv,
  expectAccessible,
  focused,
  haveChromium,
  hidden,
  launchBrowser,
  poll,
  records,
  SWEDISH_DESKTOP,
  screenshot,
  screenshotPath,
  textOf,
  visible,
  watchPage,
} from "./browser.ts";
import { sharedStack } from "./sharedStacks.ts";

/**
 * The dashboard in a real browser (Debian's Chromium) against the real stack: national, three
 * regions, the gateway and the dashboard server, each its own process (the run's shared stack).
 * Outages are in outages.test.ts; the first render's timing is a benchmark (npm run bench:dashboard).
 */

describe.skipIf(!haveChromium)("the comparison dashboard in Chromium", () => {
  const stack = sharedStack("openStack");
  const base = stack.dashboardUrl ?? "";
  let browser: Browser;
  let context: BrowserContext;
  /** Requests the pages made to anything but the dashboard itself (must stay empty: offline, no CDN). */
  const foreignRequests: string[] = [];
  /** Console errors and uncaught exceptions of the pages. */
  const pageErrors: string[] = [];

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
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    watchPage(page, base, foreignRequests, pageErrors, path);
    await page.goto(new URL(path, base).href);
    return page;
  };
  const shot = (page: Page, name: string) => screenshot(page, `dashboard-${name}`);

  it("Översikt: the regions side by side, Norrbotten's 83 % for 2020 with its source on demand", async () => {
    const page = await open("/");
    await poll(attributeOf(page.locator("html"), "lang")).toBe("sv");
    const table = page.getByRole("table", { name: "Regionernas senaste värden på de nationella måtten" });
    const loggedIn = table.getByRole("row").filter({ hasText: "Andel invånare inloggade i 1177 e-tjänster" });
    await visible(loggedIn.locator(".figure-value", { hasText: "83 %" }).first());
    const headers = await table.locator("thead th").allInnerTexts();
    expect(headers).toEqual([
      "Mått",
      "Region Norrbotten",
      "Region Västmanland",
      "Region Halland",
      "Snitt för regionerna",
    ]);
    const norrbotten = loggedIn.locator("td").nth(0);
    await poll(textOf(norrbotten)).toContain("2020");
    await poll(textOf(norrbotten)).toContain("– Inget målvärde");
    await visible(norrbotten.getByRole("img", { name: /Trend .*2016 31 %, 2020 83 %/ }));
    // The source, on demand.
    const valueSource = norrbotten.locator("details").filter({ hasText: /^Källa för värdet/ });
    const document = valueSource.getByText("001_76e2d01250d0f490.txt");
    await hidden(document);
    await valueSource.locator("summary").click();
    await visible(document);
    await poll(textOf(valueSource)).toContain("678-2021");
    // Västmanland's 24 minutes, and the average as a reference.
    const wait = table.getByRole("row").filter({ hasText: "Medelväntetid till 1177 på telefon" });
    await poll(textOf(wait.locator("td").nth(1))).toContain("24 min");
    // Its goal in the Regionplan: the document gives neither a level nor a period.
    await poll(textOf(wait.locator("td").nth(1))).toContain("Mål (period anges inte): ingen målnivå angiven");
    await poll(textOf(wait.locator("td").nth(3))).toContain("24 min");
    await poll(attributeOf(page.getByRole("link", { name: "Översikt" }), "aria-current")).toBe("page");
    await shot(page, "oversikt");
    await expectAccessible(page, "Översikt");

    const csv = await downloadCsv(page, page.getByRole("button", { name: /Ladda ner CSV/ }));
    expect(csv.bom).toBe(true);
    const rows = records(csv.rows);
    expect(rows).toHaveLength(await table.locator("tbody tr").count());
    const row = rows.find((r) => r.Mått === "Andel invånare inloggade i 1177 e-tjänster");
    expect(row).toMatchObject({
      "Region Norrbotten: värde": "83",
      "Region Norrbotten: period": "2020",
      "Region Norrbotten: måluppfyllelse": "Inget målvärde",
      "Region Norrbotten: källa": "001_76e2d01250d0f490.txt",
      "Region Västmanland: värde": "",
    });
    expect(rows.find((r) => r.Kod === "PHONE_MEAN_WAIT_MIN")?.["Region Västmanland: värde"]).toBe("24");
    // Every CSV ends with the machine-readable demo mark; these figures come from the documents.
    expect(csv.rows[0]?.at(-1)).toBe("demo");
    expect(row?.demo).toBe("nej");
    // A count is not averaged across regions of different size.
    const logins = table.getByRole("row").filter({ hasText: "Invånare som loggat in i 1177 e-tjänster" });
    await poll(textOf(logins.locator("td").nth(3))).toContain("antal jämförs inte");
    // Halland's 9 % is for närsjukvården only: shown as such, not as the region's value.
    const webbtidbok = table.getByRole("row").filter({ hasText: "Andel ombokningar via Webbtidbok" });
    await poll(textOf(webbtidbok.locator("td").nth(2))).toContain("Endast närsjukvården: 9 %");
    await poll(textOf(webbtidbok.locator("td").nth(2))).toContain("Inga mätvärden för hela regionen");
    await page.close();
  });

  it("Karta: the regions of Sweden as a choropleth of one metric, every region named by keyboard, the table kept", async () => {
    const page = await open("/?karta=LOGGED_IN_SHARE");
    const map = page.locator("figure.region-map");
    await visible(map);
    await poll(textOf(map.locator("figcaption"))).toContain("Andel invånare inloggade i 1177 e-tjänster");
    // All 21 regions, each once; the three of the pilot link to their report, the others take no part.
    await poll(countOf(map.locator("[data-region]"))).toBe(21);
    const norrbotten = map.locator('[data-region="SE-BD"]');
    await poll(attributeOf(norrbotten, "aria-label")).toMatch(/^Region Norrbotten: 83\s%\s\(2020\)$/);
    await poll(attributeOf(norrbotten, "href")).toBe("/rapport?region=SE-BD");
    await poll(attributeOf(map.locator('[data-region="SE-AB"]'), "aria-label")).toBe(
      "Region Stockholm: ingår inte",
    );
    // Colour is never the only cue: the legend names the classes, the direction and what is missing.
    await poll(textOf(map.locator(".region-map-legend"))).toContain(
      "Mörkare är bättre (högre värde är bättre)",
    );
    await poll(textOf(map.locator(".region-map-legend"))).toContain("Ingår inte i Jämlik");
    await poll(textOf(map.locator(".region-map-attribution"))).toContain("CC BY 4.0");
    // The keyboard: from the metric picker, Tab reaches the first region and says its name.
    await page.getByLabel("Mått på kartan").focus();
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(first).toBe("Region Stockholm: ingår inte");
    // Enter on a region of the pilot opens its report.
    await norrbotten.focus();
    await page.keyboard.press("Enter");
    await poll(() => new URL(page.url()).pathname).toBe("/rapport");
    await visible(
      page.getByRole("heading", { name: /Uppföljning av invånartjänsterna 1177 i Region Norrbotten/ }),
    );
    const located = page.locator('figure.region-map [data-region="SE-BD"]');
    await poll(attributeOf(located, "class")).toContain("region-map-own");
    await poll(attributeOf(located, "aria-label")).toBe("Region Norrbotten (rapportens region)");
    await page.goBack();
    // Another metric through the picker: the URL keeps it; the table stays the full alternative.
    await page.getByLabel("Mått på kartan").selectOption("PHONE_MEAN_WAIT_MIN");
    await poll(() => new URL(page.url()).searchParams.get("karta")).toBe("PHONE_MEAN_WAIT_MIN");
    await poll(textOf(map.locator(".region-map-legend"))).toContain("lägre värde är bättre");
    await poll(attributeOf(map.locator('[data-region="SE-U"]'), "aria-label")).toMatch(
      /^Region Västmanland: 24\smin/,
    );
    await visible(page.getByRole("table", { name: "Regionernas senaste värden på de nationella måtten" }));
    await shot(page, "karta");
    await expectAccessible(page, "Översikt med karta");
    // The map prints.
    await page.emulateMedia({ media: "print" });
    await visible(map.locator("svg").first());
    await page.emulateMedia({ media: "screen" });

    // Utbud: each region's basutbud coverage, the region shown drawn out.
    const utbud = await open("/utbud?region=SE-BD");
    const coverageMap = utbud.locator("figure.region-map");
    await visible(coverageMap);
    const own = coverageMap.locator('[data-region="SE-BD"]');
    await poll(attributeOf(own, "class")).toContain("region-map-own");
    await poll(attributeOf(own, "aria-label")).toMatch(
      /^Region Norrbotten: .+ av vårdenheterna har hela basutbudet/,
    );
    // The coverage is computed from demo care units: hatched, and said in words.
    await poll(attributeOf(own, "data-demo")).toBe("true");
    await poll(attributeOf(own, "aria-label")).toContain("(demodata)");
    await poll(countOf(own.locator(".region-map-demo"))).toBe(1);
    await shot(utbud, "utbud-karta");
    await expectAccessible(utbud, "Utbud med karta");
    await utbud.close();
    await page.close();
  });

  it("Mått: one metric over time as an SVG chart with its table beside it; the picker changes the metric", async () => {
    const page = await open("/matt?matt=LOGGED_IN_SHARE");
    const chart = page.getByRole("img", {
      name: /Andel invånare inloggade i 1177 e-tjänster per region över tid/,
    });
    await visible(chart);
    await poll(async () => (await chart.locator("desc").textContent())?.replace(/\u00a0/g, " ")).toMatch(
      /Region Norrbotten: 2016 31 %, 2020 83 %\./,
    );
    await poll(countOf(chart.locator("text", { hasText: "Procent (%)" }))).toBe(1);
    await poll(textOf(page.getByRole("list", { name: "Teckenförklaring" }))).toContain("Region Västmanland");
    const table = page.getByRole("table", { name: /mätvärden per region/ });
    await poll(countOf(table.locator("tbody tr"))).toBe(2);
    await poll(textOf(table.locator("tbody tr").nth(1))).toContain("2020");
    await poll(textOf(table.locator("tbody tr").nth(1))).toContain("83 %");
    await shot(page, "matt");
    await expectAccessible(page, "Mått");

    await page.getByLabel("Mått", { exact: true }).selectOption("PHONE_MEAN_WAIT_MIN");
    await poll(() => page.url()).toMatch(/matt=PHONE_MEAN_WAIT_MIN/);
    await visible(page.getByRole("heading", { level: 2, name: "Medelväntetid till 1177 på telefon" }));
    const waitTable = page.getByRole("table", { name: /Medelväntetid till 1177 på telefon: mätvärden/ });
    await poll(countOf(waitTable.locator("tbody tr"))).toBe(1);
    await poll(textOf(waitTable)).toContain("24 min");
    const csv = await downloadCsv(page, page.getByRole("button", { name: /Ladda ner CSV/ }));
    expect(csv.bom).toBe(true);
    expect(records(csv.rows)).toEqual([
      expect.objectContaining({ Region: "Region Västmanland", Period: "2020", "Värde (minuter)": "24" }),
    ]);
    await page.close();
  });

  it("Utbud: the care unit × service matrix with the basutbud gaps in words, by municipality, and the coverage", async () => {
    const asOf = new Date().toLocaleDateString("sv-SE");
    const api = await postGraphQL<{
      region: {
        coverage: {
          unitsTotal: number;
          unitsComplete: number;
          municipalities: { municipality: { name: string }; share: number; unitsTotal: number }[];
        };
      };
    }>(
      stack.gatewayUrl,
      `query($asOf: String!) { region(code: "SE-BD") { coverage(asOf: $asOf) { unitsTotal unitsComplete municipalities { municipality { name } share unitsTotal } } } }`,
      { asOf },
    );
    const coverage = api.data?.region.coverage;
    expect(coverage).toBeDefined();
    const page = await open("/utbud?region=SE-BD");
    const matrix = page.getByRole("table", { name: /Utbud per vårdenhet i Region Norrbotten/ });
    await poll(countOf(matrix.locator("tbody tr"))).toBe(coverage?.unitsTotal ?? -1);
    // A unit misses the basutbud exactly when it is not complete; each gap is written out, not only coloured.
    await poll(countOf(matrix.locator("tbody tr.has-gap"))).toBe(
      (coverage?.unitsTotal ?? 0) - (coverage?.unitsComplete ?? 0),
    );
    await visible(matrix.locator("td", { hasText: "Saknas" }).first());
    await poll(textOf(matrix.locator("thead"))).toContain("Förnya recept Basutbud");
    await poll(textOf(matrix.locator("tbody tr").first())).toContain("Demodata");
    await visible(page.getByText("Gäller från 2022-01-01"));
    // The coverage is computed from demo care units: the summary line carries the mark as data and text.
    const summary = page.locator("p.summary").filter({ hasText: "erbjuder hela basutbudet" });
    await poll(attributeOf(summary, "data-demo")).toBe("true");
    await poll(textOf(summary)).toContain("Demodata");
    await poll(textOf(page.locator(".card").first())).toContain("förslag till beslut");

    const lulea = coverage?.municipalities.find((m) => m.municipality.name === "Luleå");
    await page.getByLabel("Kommun", { exact: true }).selectOption({ label: "Luleå" });
    await poll(
      countOf(page.getByRole("table", { name: /Utbud per vårdenhet i Luleå/ }).locator("tbody tr")),
    ).toBe(lulea?.unitsTotal ?? -1);
    const coverageTable = page.getByRole("table", {
      name: /Andel vårdenheter med hela basutbudet per kommun/,
    });
    await poll(textOf(coverageTable.getByRole("row", { name: /Luleå/ }))).toContain(
      `${String(lulea?.share).replace(".", ",")} %`,
    );
    await shot(page, "utbud");
    await expectAccessible(page, "Utbud");

    const buttons = page.getByRole("button", { name: /Ladda ner CSV/ });
    const matrixCsv = records((await downloadCsv(page, buttons.nth(0))).rows);
    expect(matrixCsv).toHaveLength(lulea?.unitsTotal ?? -1);
    expect(matrixCsv.every((r) => r.Kommun === "Luleå" && r.Demodata === "ja" && r.demo === "ja")).toBe(true);
    expect(Object.keys(matrixCsv[0] ?? {})).toContain("Förnya recept (basutbud)");
    const coverageCsv = await downloadCsv(page, buttons.nth(1));
    expect(coverageCsv.bom).toBe(true);
    const luleaRow = records(coverageCsv.rows).find((r) => r.Kommun === "Luleå");
    expect(luleaRow?.Andel).toBe(String(lulea?.share).replace(".", ","));
    expect(luleaRow?.demo).toBe("ja");
    expect(records(coverageCsv.rows)).toHaveLength(coverage?.municipalities.length ?? -1);
    await page.close();
  });

  it("Revision och handlingsplaner: Halland's 2017 activities under way or of unknown status, never 'försenade'; findings and timeline", async () => {
    const page = await open("/revision");
    const halland = page.getByRole("table", { name: /Aktiviteter i Region Halland/ });
    const first = halland.locator("tbody tr").first();
    // Under way in 2017 as the letter says, in its words; whether it was done is not known.
    await poll(textOf(first)).toContain("2017-Q3");
    await poll(textOf(first)).toContain("Pågår per 2017");
    await poll(textOf(first)).toContain("Okänt om klar");
    await poll(textOf(first)).toContain("”är nyligen uppstartad och en nulägesbeskrivning är initierad”");
    await poll(textOf(halland)).not.toContain("Försenad");
    // Halland's audit: its title and year are read out of the text, and the page says so beside them.
    const hallandAudit = page.locator(".card h3", { hasText: "Revisionsrapporten om invånartjänsterna" });
    await poll(textOf(hallandAudit)).toContain("titeln härledd: dokumentet anger ingen titel");
    await poll(textOf(hallandAudit)).toContain("2017, året härlett ur texten; PwC");
    await visible(page.getByText("Granskningen avsåg främst: Framför allt webbtidboksprojektet").first());
    const summary = page.locator(".summary-box li").filter({ hasText: "Region Halland" });
    await poll(textOf(summary)).toContain("0 aktiviteter är försenade");
    await poll(textOf(summary)).toMatch(/\d+ aktiviteter med passerad deadline och okänd status sedan 2017/);
    await visible(page.getByRole("heading", { level: 2, name: "Region Norrbotten" }));
    const availability = page.locator(".recommendation", {
      hasText: "Att styrelsen överväger att sätta tillgänglighetsmål",
    });
    await visible(availability);
    // What links it to the decision that answers it, with the link's own source.
    await poll(textOf(availability)).toContain(
      "Kopplingen: Kommentarerna svarar på rekommendationerna samlat",
    );
    await visible(availability.locator("summary", { hasText: "Källa för kopplingen" }));
    await visible(page.getByText("Revisionsrapport om regionens arbete med 1177").first());
    // The auditors' findings and the dated history, with their sources on demand.
    await visible(page.locator(".findings li", { hasText: "bland de lägsta i landet" }).first());
    const timeline = (region: string, date: string) =>
      page.getByRole("list", { name: `Tidslinje, ${region}` }).locator(".timeline-date", { hasText: date });
    await visible(timeline("Region Norrbotten", "2017-04-26"));
    await visible(timeline("Region Halland", "1/1-2018"));
    await shot(page, "revision");
    await expectAccessible(page, "Revision och handlingsplaner");

    await page.getByLabel("Region", { exact: true }).selectOption("SE-N");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Klar" });
    await poll(countOf(page.getByRole("heading", { level: 2, name: "Region Norrbotten" }))).toBe(0);
    await poll(textOf(halland.locator("tbody td.empty"))).toMatch("Inga aktiviteter matchar urvalet.");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Okänd status" });
    await poll(() => page.url()).toMatch(/region=SE-N.*status=UNKNOWN/);
    await poll(countOf(halland.locator("tbody tr"))).toBe(11);
    const shown = await halland.locator("tbody tr").count();
    const csv = records((await downloadCsv(page, page.getByRole("button", { name: /Ladda ner CSV/ }))).rows);
    expect(csv).toHaveLength(shown);
    expect(csv[0]).toMatchObject({
      Deadline: "2017-Q4",
      Status: "Okänd status",
      "Status känd per": "2017",
      "Försenad i dag": "okänt",
      demo: "nej",
    });
    // Only the known overdue are "försenade": none in Halland's plan.
    await page.getByLabel("Visa bara försenade aktiviteter").check();
    await poll(() => page.url()).toMatch(/forsenade=ja/);
    await poll(textOf(halland.locator("tbody td.empty"))).toMatch("Inga aktiviteter matchar urvalet.");
    await page.close();
  });

  it("Regionrapport: a printable report with goals, coverage, overdue activities and numbered sources", async () => {
    const page = await open("/rapport?region=SE-N");
    await visible(
      page.getByRole("heading", { name: /Uppföljning av invånartjänsterna 1177 i Region Halland/ }),
    );
    const overdue = page.getByRole("table", { name: /Försenade aktiviteter/ });
    await poll(textOf(overdue.locator("tbody td.empty"))).toContain("Ingen aktivitet är känd som försenad");
    const unknown = page.getByRole("table", { name: /okänd status/ });
    await poll(textOf(unknown.locator("tbody tr").first())).toContain("2017-Q3");
    await poll(textOf(page.locator(".summary-list"))).toMatch(/okänd status sedan 2017/);
    await poll(textOf(page.locator(".summary-list"))).not.toMatch(
      /\d+ aktiviteter i handlingsplanerna är försenade/,
    );
    await visible(page.getByRole("heading", { level: 3, name: "Källor" }));
    await poll(textOf(page.locator(".source-list"))).toContain("004_4ecc231883005d9e.txt");
    await shot(page, "rapport");
    await expectAccessible(page, "Regionrapport");

    await page.getByLabel("Region", { exact: true }).selectOption("SE-BD");
    const goals = page.getByRole("table", { name: "Mål och måluppfyllelse, Region Norrbotten" });
    await poll(textOf(goals)).toContain("83 % (2020)");
    await poll(textOf(goals)).toContain("– Inget målvärde");
    await poll(textOf(page.locator(".source-list"))).toContain("001_76e2d01250d0f490.txt");
    // The coverage line is computed from demo care units: marked on the line itself.
    const coverageLine = page.locator(".summary-list li").filter({ hasText: "erbjuder hela basutbudet" });
    await poll(attributeOf(coverageLine, "data-demo")).toBe("true");
    await poll(textOf(coverageLine)).toContain("Demodata");
    await visible(page.getByRole("list", { name: "Tidslinje, Region Norrbotten" }));
    await page.emulateMedia({ media: "print" });
    await hidden(page.getByRole("navigation", { name: "Huvudmeny" }));
    await hidden(page.getByRole("button", { name: "Skriv ut" }));
    await visible(goals);
    await shot(page, "rapport-utskrift");
    await page.pdf({ path: screenshotPath("dashboard-rapport.pdf"), format: "A4" });
    await page.close();
  });

  it("works with the keyboard: skip link first, then the menu; the new page's heading gets focus", async () => {
    const page = await open("/");
    await page.getByRole("table").first().waitFor();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hoppa till innehållet" });
    await poll(focused(skip)).toBe(true);
    await visible(skip);
    await page.keyboard.press("Enter");
    await poll(focused(page.locator("main"))).toBe(true);
    await page.getByRole("link", { name: "Mått", exact: true }).focus();
    await page.keyboard.press("Enter");
    await poll(focused(page.getByRole("heading", { level: 1, name: "Mått" }))).toBe(true);
    await poll(attributeOf(page.getByRole("link", { name: "Mått", exact: true }), "aria-current")).toBe(
      "page",
    );
    await poll(attributeOf(page.getByRole("link", { name: "Översikt" }), "aria-current")).not.toBe("page");
    await poll(() => page.title()).toMatch(/Mått: .* – Jämlik/);
    const explorer = page.getByRole("link", { name: "API-utforskaren" });
    await poll(attributeOf(explorer, "href")).toBe(new URL("/", stack.gatewayUrl).href);
    await page.close();
  });

  it("API-utforskaren: runs its example as it opens, under a policy it does not violate", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const explorer = new URL("/", stack.gatewayUrl).href;
    const response = await page.goto(explorer);
    expect(response?.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    const run = page.getByRole("button", { name: /Execute query/i });
    await visible(run);
    await run.click();
    const result = page.locator(".graphiql-response");
    await poll(textOf(result)).toContain('"code": "SE-BD"');
    await poll(textOf(result)).not.toContain("was not provided");
    await shot(page, "api-utforskaren");
    expect(problems.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
    await page.close();
  });

  it("ships a bundle under 60 kB gzip", async () => {
    const html = await (await fetch(base)).text();
    const script = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string)[0] ?? "";
    const body = Buffer.from(
      await (
        await fetch(new URL(script, base), { headers: { "accept-encoding": "identity" } })
      ).arrayBuffer(),
    );
    expect(body.length).toBeGreaterThan(0);
    expect(gzipSync(body, { level: 9 }).length).toBeLessThan(60 * 1024);
  });
});
