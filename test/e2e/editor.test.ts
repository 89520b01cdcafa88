import { RecordsDocument } from "@jamlik/editor/documents";
import { adminToken, postGraphQL } from "@jamlik/testkit";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  haveChromium,
  launchBrowser,
  poll,
  screenshot,
  textOf,
  visible,
} from "./browser.ts";
import { sharedStack } from "./sharedStacks.ts";

/** A request naming one of the editor's documents by its hash, as the app sends it. */
const persisted = (document: { __meta__?: Record<string, unknown> }, variables: Record<string, unknown>) => ({
  variables,
  extensions: {
    persistedQuery: { version: 1, sha256Hash: String(document.__meta__?.hash).replace(/^sha256:/, "") },
  },
});

const OFFERINGS = `query { regions(codes: ["SE-BD"]) { careUnits { name offerings { service { name } validTo } } } }`;
type Offerings = {
  regions: {
    careUnits: { name: string; offerings: { service: { name: string }; validTo: string | null }[] }[];
  }[];
};

/**
 * The regions' editor in Chromium against the run's shared stack and its real development
 * identity provider (oidc-provider): sign-in with authorization code and PKCE, a Norrbotten editor
 * records an e-service, a publisher publishes it, and the gateway serves it.
 */
describe.skipIf(!haveChromium)("the editor in Chromium, signed in through OpenID Connect", () => {
  const stack = sharedStack("openStack");
  const base = stack.editorUrl ?? "";
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The cell the editor toggles: its accessible name, service and care unit. */
  let cell = "";
  let cellService = "";
  let cellUnit = "";

  const signIn = async (user: string, password = "jamlik") => {
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: "Logga in" }).click();
    await page.getByLabel("Användarnamn").fill(user);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  };
  const signOut = async () => {
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("button", { name: "Ja, logga ut" }).click();
    await visible(page.getByRole("link", { name: "Logga in" }));
  };
  const offered = async (unit: string, service: string) => {
    const result = await postGraphQL<Offerings>(stack.gatewayUrl, OFFERINGS);
    const found = result.data?.regions[0]?.careUnits.find((u) => u.name === unit);
    return !!found?.offerings.some((o) => o.service.name === service && o.validTo === null);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("refuses a wrong password at the identity provider, in Swedish and announced", async () => {
    await page.goto(`${base}/`);
    await expectAccessible(page, "editor signed out");
    await screenshot(page, "editor-signed-out");
    await signIn("se-bd-editor", "fel");
    await expect.poll(textOf(page.getByRole("alert"))).toContain("Fel användarnamn eller lösenord");
    await expectAccessible(page, "dev-idp login");
    await screenshot(page, "dev-idp-login");
  });

  it("signs a Norrbotten editor in and shows the offering matrix of Norrbotten only", async () => {
    await signIn("se-bd-editor");
    await visible(page.getByRole("heading", { name: /Utbud: vårdenheter och tjänster/ }));
    await expect
      .poll(textOf(page.locator("header")))
      .toContain("Inloggad som Redaktör, Region Norrbotten (redaktör)");
    await expect.poll(textOf(page.locator("caption"))).toMatch(/^\d+ av \d+ vårdenheter$/);
    // Norrbotten's care units are demo data: each row says so, as data and as text.
    await expect.poll(() => page.locator("tbody tr").first().getAttribute("data-demo")).toBe("true");
    await expect.poll(textOf(page.locator("tbody tr").first().locator("th"))).toContain("Demodata");
    await expectAccessible(page, "editor matrix");
    await screenshot(page, "editor-matrix");
    // The session holds the tokens; the browser sees only who is signed in and the CSRF token.
    const session = await (await page.request.get(`${base}/api/session`)).json();
    expect(session).toMatchObject({ signedIn: true, user: { region: "SE-BD", role: "editor" } });
    expect(JSON.stringify(session)).not.toMatch(/eyJ/);
  });

  it("records an e-service at a care unit as a draft the gateway does not serve yet", async () => {
    const box = page.locator("td:not(:has(.utkast)) input[type=checkbox]:not(:checked)").first();
    cell = (await box.getAttribute("aria-label")) ?? "";
    cellService = (await box.getAttribute("data-service")) ?? "";
    cellUnit = (await box.getAttribute("data-unit")) ?? "";
    const [service, unit] = [cellService, cellUnit];
    expect(await offered(unit, service)).toBe(false);
    await box.click();
    await expect.poll(textOf(page.getByRole("status"))).toContain(`${service} på ${unit} erbjuds från`);
    await expect.poll(() => page.getByRole("checkbox", { name: cell }).isChecked()).toBe(true);
    expect(await offered(unit, service)).toBe(false);
  });

  it("does not offer an editor what only a publisher may do", async () => {
    await page.getByRole("link", { name: "Utkast och publicering" }).click();
    await expect.poll(textOf(page.locator("main"))).toContain("Din roll får inte publicera");
    expect(await page.getByRole("button", { name: /Publicera/ }).count()).toBe(0);
    await expectAccessible(page, "editor drafts");
  });

  it("refuses a request without the session's CSRF token, from another site, or not one of the editor's operations", async () => {
    const body = persisted(RecordsDocument, { entity: "CARE_UNIT" });
    const noToken = await page.request.post(`${base}/api/admin`, { data: body });
    expect(noToken.status()).toBe(403);
    const session = await (await page.request.get(`${base}/api/session`)).json();
    const foreign = await page.request.post(`${base}/api/admin`, {
      data: body,
      headers: { "x-csrf-token": session.csrfToken, origin: "https://evil.example" },
    });
    expect(foreign.status()).toBe(403);
    const own = await page.request.post(`${base}/api/admin`, {
      data: body,
      headers: { "x-csrf-token": session.csrfToken },
    });
    expect((await own.json()).data.records.length).toBeGreaterThan(0);
    const text = await page.request.post(`${base}/api/admin`, {
      data: { query: "{ me { region role } }" },
      headers: { "x-csrf-token": session.csrfToken },
    });
    expect(text.status()).toBe(400);
    expect((await text.json()).errors[0].extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
  });

  it("answers a malformed request with a coded 400, never a 500: bad JSON, a broken cookie, an expired sign-in", async () => {
    const session = await (await page.request.get(`${base}/api/session`)).json();
    const badJson = await page.request.post(`${base}/api/import`, {
      headers: { "x-csrf-token": session.csrfToken, "content-type": "application/json" },
      data: "{ inte json",
    });
    expect(badJson.status()).toBe(400);
    expect((await badJson.json()).errors[0].extensions).toEqual({ code: "BAD_REQUEST" });
    const brokenCookie = await fetch(`${base}/api/session`, {
      headers: { cookie: "jamlik_editor_session=%E0%A4%A; other=%" },
    });
    expect(brokenCookie.status).toBe(200);
    expect(await brokenCookie.json()).toMatchObject({ signedIn: false });
    const idp = `http://127.0.0.1:${stack.ports["dev-idp"]}`;
    for (const path of ["/interaction/okand-inloggning", "/interaction/okand-inloggning/login"]) {
      const expired = await fetch(`${idp}${path}`, { method: path.endsWith("login") ? "POST" : "GET" });
      expect(expired.status).toBe(400);
      expect(await expired.text()).toContain("Inloggningen har gått ut");
      expect(expired.headers.get("content-security-policy")).toContain("default-src 'none'");
    }
  });

  it("keeps answering while it reads the largest hostile CSV file, and refuses it with the reason", async () => {
    const session = await (await page.request.get(`${base}/api/session`)).json();
    // 3 MB of one-cell lines in a two-column format: the costliest text for the CSV reader.
    const text = `hsaId;name\n${"x\n".repeat(1_500_000)}`;
    let settled = false;
    const importing = page.request
      .post(`${base}/api/import`, {
        headers: { "x-csrf-token": session.csrfToken },
        data: { format: "care-units", text, dryRun: true },
        timeout: 300_000,
      })
      .finally(() => {
        settled = true;
      });
    // Health checks one after another while the file is read: a reader that held the event loop
    // would answer none of them until it is done, and the import's answer would come first.
    let answeredMeanwhile = 0;
    while (!settled) {
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      if (!settled) answeredMeanwhile++;
    }
    const refused = await importing;
    expect(refused.status()).toBe(400);
    expect((await refused.json()).errors[0]).toEqual({
      message: expect.stringContaining("more than 200000 records"),
      extensions: { code: "BAD_CSV" },
    });
    expect(answeredMeanwhile).toBeGreaterThan(20);
  });

  it("never reaches another region: Västmanland's admin API refuses without a Västmanland token", async () => {
    const answer = await postGraphQL(stack.adminUrls["SE-U"] ?? "", "{ records(entity: CARE_UNIT) { id } }");
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  const adminApi = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const token = await adminToken(stack.devSecret, "SE-BD", "editor");
    return postGraphQL<T>(stack.adminUrls["SE-BD"] ?? "", query, variables, {
      authorization: `Bearer ${token}`,
    });
  };
  const unitsWithHsa = async (hsaId: string) => {
    const result = await adminApi<{
      records: { id: number; version: number; data: { hsaId: string; name: string } }[];
    }>("{ records(entity: CARE_UNIT) { id version data } }");
    return (result.data?.records ?? []).filter((r) => r.data.hsaId === hsaId);
  };
  const hsaId = `SE2321000-E2E${Date.now().toString(36).toUpperCase()}`;

  it("creates a care unit from the form generated from the admin API: a server error lands on its field, what was typed stays, a double submit writes once", async () => {
    await page.getByRole("link", { name: "Uppgifter" }).click();
    await page.getByLabel("Typ av uppgift").selectOption("CARE_UNIT");
    await page.getByRole("button", { name: "Lägg till: Vårdenhet" }).click();
    await page.getByLabel("HSA-id").fill("inte giltigt!");
    await page.getByLabel("Namn", { exact: true }).fill("Hälsocentral E2E");
    await page.getByLabel("Kommunkod").fill("2580");
    await page.getByLabel("Kommun", { exact: true }).fill("Luleå");
    await page.getByLabel("Typ", { exact: true }).fill("Hälsocentral");
    await page.getByLabel("Driftsform").selectOption("PUBLIC");
    // Test data is synthetic, and says so down to the dashboard.
    await page.getByLabel("Demodata (syntetisk)").check();
    await expectAccessible(page, "editor form");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect.poll(() => page.getByLabel("HSA-id").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(textOf(page.locator(".field:has(#f-hsaId) .field-error"))).toContain("HSA-id");
    expect(await page.getByLabel("Namn", { exact: true }).inputValue()).toBe("Hälsocentral E2E");
    await screenshot(page, "editor-form-error");

    await page.getByLabel("HSA-id").fill(hsaId);
    // A double submit: two submits in one go, before the first answer. The form sends one request
    // (a second answer arriving later would close whatever form the user opened meanwhile).
    const creates: string[] = [];
    const count = (request: Request) => {
      const body = request.postData() ?? "";
      if (request.url().endsWith("/api/admin") && body.includes('"idempotencyKey"')) creates.push(body);
    };
    page.on("request", count);
    await page.locator("form.post").evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
    await expect.poll(textOf(page.getByRole("status"))).toMatch(/Vårdenhet \d+ skapades som utkast/);
    page.off("request", count);
    expect(creates).toHaveLength(1);
    expect(await unitsWithHsa(hsaId)).toHaveLength(1);
  });

  it("shows a change someone else saved meanwhile beside the user's, and saves the user's on the new version", async () => {
    const [unit] = await unitsWithHsa(hsaId);
    if (!unit) throw new Error("the care unit of the test before is missing");
    await page.getByRole("button", { name: `Ändra vårdenhet ${unit.id}` }).click();
    await page.getByLabel("Namn", { exact: true }).fill("Hälsocentral E2E, mitt namn");
    const theirs = await adminApi(
      `mutation($id: Int!, $v: Int!) { updateCareUnit(id: $id, expectedVersion: $v, patch: { name: "Hälsocentral E2E, deras namn" }) { version } }`,
      { id: unit.id, v: unit.version },
    );
    expect(theirs.errors).toBeUndefined();
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect.poll(textOf(page.getByRole("alert"))).toContain("Någon annan har ändrat posten");
    await expect.poll(textOf(page.locator(".jamfor"))).toContain("Nu: Hälsocentral E2E, deras namn");
    await page.getByRole("button", { name: "Behåll mina ändringar på den nya versionen" }).click();
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect.poll(textOf(page.getByRole("status"))).toContain(`Vårdenhet ${unit.id} sparades som utkast`);
    expect((await unitsWithHsa(hsaId))[0]?.data.name).toBe("Hälsocentral E2E, mitt namn");
  });

  it("shows every error of a measurements CSV at its line and column, and writes nothing", async () => {
    const before = await adminApi<{ drafts: unknown[] }>("{ drafts { id } }");
    await page.getByRole("link", { name: "Importera mätvärden" }).click();
    await page.getByLabel("CSV-fil").setInputFiles({
      name: "matt.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "metric;period;value\nLOGGED_IN_SHARE;2021;85\nLOGGED_IN_SHARE;2022;150\nOKÄNT_MÅTT;2021;1\n",
      ),
    });
    await page.getByRole("button", { name: /Granska/ }).click();
    await expect.poll(textOf(page.getByRole("status"))).toContain("2 fel: inget har skrivits");
    const rows = page.locator("table:has(caption:text('Fel i filen')) tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator("td").nth(0).textContent()).toBe("3");
    expect(await page.getByRole("button", { name: "Importera" }).isDisabled()).toBe(true);
    await expectAccessible(page, "editor import");
    await screenshot(page, "editor-import");
    const after = await adminApi<{ drafts: unknown[] }>("{ drafts { id } }");
    expect(after.data?.drafts.length).toBe(before.data?.drafts.length);
  });

  it("works with the keyboard alone: from the search field, Tab reaches the matrix and Space toggles a cell", async () => {
    await page.getByRole("link", { name: "Utbud" }).click();
    await page.getByLabel("Sök enhet").fill("E2E");
    await visible(page.getByRole("rowheader", { name: /Hälsocentral E2E, mitt namn/ }));
    await page.getByLabel("Sök enhet").focus();
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(label).toMatch(/ på Hälsocentral E2E/);
    await page.keyboard.press("Space");
    await expect.poll(textOf(page.getByRole("status"))).toContain("Hälsocentral E2E, mitt namn erbjuds från");
  });

  it("lets a Norrbotten publisher publish it, and the gateway then serves it", async () => {
    const [service, unit] = [cellService, cellUnit];
    await signOut();
    await signIn("se-bd-publisher");
    await page.getByRole("link", { name: "Utkast och publicering" }).click();
    await visible(page.getByRole("button", { name: "Publicera alla" }));
    await screenshot(page, "editor-drafts");
    await page.getByRole("button", { name: "Publicera alla" }).click();
    await expect.poll(textOf(page.getByRole("status"))).toMatch(/\d+ ändringar publicerades/);
    await poll(() => offered(unit, service)).toBe(true);

    // And the comparison dashboard shows it: the unit's cell in the service's column says "Erbjuds".
    const dashboard = await context.newPage();
    await dashboard.goto(`${stack.dashboardUrl}utbud?region=SE-BD`);
    const matrix = dashboard.getByRole("table", { name: /Utbud per vårdenhet i Region Norrbotten/ });
    await visible(matrix.locator("tbody tr").first());
    const cellText = () =>
      matrix.evaluate(
        (table, [unitName, serviceName]) => {
          const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "");
          const column = headers.findIndex((h) => h.startsWith(serviceName ?? ""));
          const row = [...table.querySelectorAll("tbody tr")].find((tr) =>
            new RegExp(`^${(unitName ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\D|$)`).test(
              tr.children[0]?.textContent?.trim() ?? "",
            ),
          );
          return column < 0 || !row ? null : (row.children[column]?.textContent?.trim() ?? null);
        },
        [unit, service] as const,
      );
    await poll(cellText).toMatch(/^✓\s*Erbjuds$/);
    await screenshot(dashboard, "editor-published-on-dashboard");
    await dashboard.close();
  });

  it("changes an activity's status with the date it is known for, and links a recommendation to a decision and back", async () => {
    // Norrbotten's documents have no action plan: the test brings its own, marked demo, as drafts.
    const plan = await adminApi<{ createActionPlan: { id: number } }>(
      `mutation { createActionPlan(input: { title: "Handlingsplan E2E", demo: true }) { id } }`,
    );
    const created = await adminApi<{ createActivity: { id: number } }>(
      `mutation($plan: Int!) { createActivity(input: { actionPlanId: $plan, title: "Aktivitet E2E", due: "2027-Q1", demo: true }) { id } }`,
      { plan: plan.data?.createActionPlan.id },
    );
    const id = created.data?.createActivity.id;
    expect(id).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Uppgifter" }).click();
    await page.getByLabel("Typ av uppgift").selectOption("ACTIVITY");
    await visible(page.getByRole("button", { name: `Ändra status för aktivitet ${id}` }));
    await expectAccessible(page, "editor records");
    await screenshot(page, "editor-records");
    await page.getByRole("button", { name: `Ändra status för aktivitet ${id}` }).click();
    await page.getByLabel("Status", { exact: true }).selectOption("IN_PROGRESS");
    await page.getByLabel("Statusen gäller per").fill("2026-11-30");
    await expectAccessible(page, "editor activity status");
    await screenshot(page, "editor-activity-status");
    await page.getByRole("button", { name: "Ändra status" }).click();
    await expect
      .poll(textOf(page.getByRole("status")))
      .toContain(`Aktivitet ${id}: status Pågår per 2026-11-30`);
    const activity = await adminApi<{ record: { data: { status: string; statusAsOf: string } } }>(
      "query($id: Int!) { record(entity: ACTIVITY, id: $id) { data } }",
      { id },
    );
    expect(activity.data?.record.data).toMatchObject({ status: "IN_PROGRESS", statusAsOf: "2026-11-30" });

    await page.getByLabel("Typ av uppgift").selectOption("RECOMMENDATION");
    await page
      .getByRole("button", { name: /^Kopplingar för rekommendation \d+$/ })
      .first()
      .click();
    const decision = page.getByLabel("Beslut", { exact: true });
    await expect.poll(() => decision.locator("option").count()).toBeGreaterThan(1);
    const value = await decision.locator("option").nth(1).getAttribute("value");
    await decision.selectOption(value ?? "");
    await expectAccessible(page, "editor recommendation links");
    await screenshot(page, "editor-recommendation-links");
    await page.getByRole("button", { name: "Koppla" }).first().click();
    await expect
      .poll(textOf(page.getByRole("status")))
      .toMatch(new RegExp(`är kopplad till beslut ${value}`));
    await page.getByRole("button", { name: "Ta bort kopplingen" }).first().click();
    await expect
      .poll(textOf(page.getByRole("status")))
      .toMatch(new RegExp(`är inte längre kopplad till beslut ${value}`));
  });

  it("finds a care unit by search and municipality, shows its history, and closes it by keyboard; the refusal lands on the field", async () => {
    const [unit] = await unitsWithHsa(hsaId);
    if (!unit) throw new Error("the care unit of the tests before is missing");
    await page.getByRole("link", { name: "Vårdenheter" }).click();
    await visible(page.getByRole("heading", { name: "Vårdenheter", level: 1 }));
    await page.getByLabel("Sök vårdenhet (namn eller HSA-id)").fill("e2e");
    await page.getByLabel("Kommun", { exact: true }).selectOption("2580");
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Hälsocentral E2E, mitt namn");
    await page.getByLabel("Kommun", { exact: true }).selectOption("2584");
    await expect.poll(() => rows.count()).toBe(0);
    await page.getByLabel("Kommun", { exact: true }).selectOption("2580");
    await expectAccessible(page, "editor care units");
    await screenshot(page, "editor-care-units");

    await page.getByRole("button", { name: `Historik för vårdenhet ${unit.id}` }).click();
    const history = page.locator("table:has(th:text('Före → efter')) tbody");
    await expect.poll(textOf(history)).toContain("publicerad");
    expect(await history.textContent()).toContain("(redaktör)");
    await expectAccessible(page, "editor history");
    await screenshot(page, "editor-history");
    await page.getByRole("button", { name: "Tillbaka till listan" }).click();

    // The unit offers a service from today (the keyboard test): closing it today is refused.
    const close = page.getByRole("button", { name: `Stäng vårdenhet ${unit.id}` });
    await close.focus();
    await page.keyboard.press("Enter");
    const day = page.getByLabel("Stängd från och med");
    await expect.poll(() => day.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => day.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(textOf(page.locator("#stang-fel"))).toContain("on or after the closing day");
    await expectAccessible(page, "editor close care unit");
    await screenshot(page, "editor-close-care-unit");

    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, "0");
    const closedOn = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
    // Typed as a keyboard user types it. Chromium's date field in this context's locale (en-US, the
    // default) has month, day and year segments: Left arrow to the first, then the digits in turn.
    await day.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    const [year, month, date] = closedOn.split("-");
    await page.keyboard.type(`${month}${date}${year}`);
    await expect.poll(() => day.inputValue()).toBe(closedOn);
    // Enter in the field submits the form, as in any form.
    await page.keyboard.press("Enter");
    await expect.poll(textOf(page.getByRole("status"))).toContain(`stängs från ${closedOn}`);
    expect((await unitsWithHsa(hsaId))[0]?.data).toMatchObject({ closedOn });

    // Published before, the unit's closing waits as a change: the drafts show published → new.
    await page.getByRole("link", { name: "Utkast och publicering" }).click();
    const change = page.locator("tbody tr", { hasText: `Vårdenhet ${unit.id}` });
    await expect.poll(textOf(change.locator("dd"))).toContain(closedOn);
    expect(await change.locator("del").first().textContent()).toBe("–");
    expect(await change.locator("ins").first().textContent()).toBe(closedOn);
    await expectAccessible(page, "editor drafts with changes");
    await screenshot(page, "editor-drafts-diff");
  });

  it("signs out at the identity provider too: the session is gone", async () => {
    await page.getByRole("button", { name: "Logga ut" }).click();
    await visible(page.getByRole("button", { name: "Ja, logga ut" }));
    await expectAccessible(page, "dev-idp logout");
    await screenshot(page, "dev-idp-logout");
    await page.getByRole("button", { name: "Ja, logga ut" }).click();
    await visible(page.getByRole("link", { name: "Logga in" }));
    const session = await (await page.request.get(`${base}/api/session`)).json();
    expect(session).toEqual({ signedIn: false });
    const refused = await page.request.post(`${base}/api/admin`, {
      data: persisted(RecordsDocument, { entity: "CARE_UNIT" }),
    });
    expect(refused.status()).toBe(401);
  });
});
