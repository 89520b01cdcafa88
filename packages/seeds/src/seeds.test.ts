import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NationalSeed, RegionSeed, SeedSource } from "./format.ts";
import { loadNationalSeed, loadRegionSeed, readSourceDocument } from "./load.ts";

/** SCB county codes (länskod) of the seeded regions. */
const COUNTY_CODES: Record<string, string> = { "SE-BD": "25", "SE-U": "19", "SE-N": "13" };

const regionCodes = readdirSync(new URL("../data/regions/", import.meta.url))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""))
  .sort();

const national = loadNationalSeed();
const regions = new Map<string, RegionSeed>(regionCodes.map((code) => [code, loadRegionSeed(code)]));

function region(code: string): RegionSeed {
  const seed = regions.get(code);
  if (!seed) throw new Error(`no seed for ${code}`);
  return seed;
}

const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

interface CitedSource {
  file: string;
  where: string;
  source: SeedSource;
}

function nationalSources(seed: NationalSeed): CitedSource[] {
  const file = "national.json";
  return [
    ...seed.services.flatMap((s) =>
      s.source ? [{ file, where: `service ${s.code}`, source: s.source }] : [],
    ),
    ...seed.metrics.flatMap((m) => (m.source ? [{ file, where: `metric ${m.code}`, source: m.source }] : [])),
  ];
}

function regionSources(seed: RegionSeed): CitedSource[] {
  const file = `regions/${seed.region}.json`;
  const out: CitedSource[] = [];
  for (const d of seed.decisions) out.push({ file, where: `decision ${d.key}`, source: d.source });
  for (const [i, b] of seed.basutbud.entries()) {
    if (b.source) out.push({ file, where: `basutbud[${i}]`, source: b.source });
  }
  for (const m of seed.measurements) {
    out.push({ file, where: `measurement ${m.metric} ${m.period}`, source: m.source });
  }
  for (const g of seed.goals) out.push({ file, where: `goal ${g.metric} ${g.period}`, source: g.source });
  for (const a of seed.audits) {
    out.push({ file, where: `audit ${a.key}`, source: a.source });
    for (const r of a.recommendations) {
      out.push({ file, where: `audit ${a.key} recommendation ${r.ordinal}`, source: r.source });
      for (const link of r.decisions) {
        if (link.source) {
          const where = `audit ${a.key} recommendation ${r.ordinal} → decision ${link.decision}`;
          out.push({ file, where, source: link.source });
        }
      }
    }
  }
  for (const p of seed.actionPlans) {
    out.push({ file, where: `action plan ${p.key}`, source: p.source });
    for (const act of p.activities) {
      out.push({ file, where: `action plan ${p.key} activity ${act.key}`, source: act.source });
    }
  }
  for (const [i, f] of seed.findings.entries()) {
    out.push({ file, where: `finding ${i} (${f.topic})`, source: f.source });
  }
  for (const e of seed.events) out.push({ file, where: `event ${e.date}`, source: e.source });
  return out;
}

const allSources = [...nationalSources(national), ...[...regions.values()].flatMap(regionSources)];

const documents = new Map<string, string>();
function document(file: string): string {
  let text = documents.get(file);
  if (text === undefined) {
    text = collapse(readSourceDocument(file));
    documents.set(file, text);
  }
  return text;
}

describe("seed files", () => {
  it("has the three region files", () => {
    expect(regionCodes).toEqual(["SE-BD", "SE-N", "SE-U"]);
  });

  it("parses national.json and every region file", () => {
    expect(national.services.length).toBeGreaterThan(0);
    for (const code of regionCodes) expect(region(code).region).toBe(code);
  });

  it("rejects region codes that are not ISO 3166-2 codes", () => {
    expect(() => loadRegionSeed("../national")).toThrow(/Invalid region code/);
  });

  it("names the file when a region seed is missing", () => {
    expect(() => loadRegionSeed("SE-Z")).toThrow(/SE-Z\.json/);
  });

  it("rejects document names outside the documents folder", () => {
    expect(() => readSourceDocument("../data/national.json")).toThrow(/Invalid source document name/);
  });
});

describe("national catalogue", () => {
  it("has the expected service and metric codes, each once", () => {
    const services = national.services.map((s) => s.code);
    const metrics = national.metrics.map((m) => m.code);
    expect(new Set(services).size).toBe(services.length);
    expect(new Set(metrics).size).toBe(metrics.length);
    expect([...services].sort()).toEqual(
      [
        "AVBOKA_OMBOKA",
        "BESTALLA_TID",
        "DIGITALEN",
        "DIGITALT_VARDBESOK",
        "FORNYA_RECEPT",
        "JOURNALEN",
        "KONTAKTA_MIG",
        "RADGIVNING",
        "TELEFON_1177",
        "TELEFON_MOTTAGNING",
        "WEBBTIDBOK",
        "WEBB_1177",
      ].sort(),
    );
    expect([...metrics].sort()).toEqual(
      [
        "ACCOUNT_SHARE",
        "BASUTBUD_COMPLETE_SHARE",
        "LOGGED_IN_SHARE",
        "PHONE_ANSWER_RATE",
        "PHONE_MEAN_WAIT_MIN",
        "TRUST_1177",
        "UNIQUE_LOGINS",
        "UNITS_4_ESERVICES_SHARE",
        "WEBBTIDBOK_REBOOKING_SHARE",
      ].sort(),
    );
  });

  it("has Digitalen and Digitala vårdbesök as Norrbotten's own services and lower-is-better waiting time", () => {
    for (const code of ["DIGITALEN", "DIGITALT_VARDBESOK"]) {
      const service = national.services.find((s) => s.code === code);
      expect(service?.kind).toBe("REGIONAL");
      expect(service?.regionCodes).toEqual(["SE-BD"]);
    }
    expect(national.metrics.find((m) => m.code === "PHONE_MEAN_WAIT_MIN")?.higherIsBetter).toBe(false);
  });
});

describe("metric definitions", () => {
  it("each carries its source, or says the documents do not define it (and then states no unit)", () => {
    for (const metric of national.metrics) {
      if (metric.definition === "Definitionen anges inte i dokumenten.") {
        expect(metric.unit, metric.code).toBeNull();
        expect(metric.note, metric.code).toBeTruthy();
      } else {
        expect(metric.source, metric.code).not.toBeNull();
      }
    }
    expect(national.metrics.find((m) => m.code === "TRUST_1177")?.definition).not.toMatch(/stort/);
  });

  it("names the service the document describes as Beställa tid", () => {
    expect(national.services.find((s) => s.code === "BESTALLA_TID")?.name).toBe("Beställa tid");
  });
});

describe("provenance", () => {
  it("cites at least one quote", () => {
    expect(allSources.length).toBeGreaterThan(0);
  });

  it.each(allSources.map((s) => [`${s.file} ${s.where}`, s] as const))(
    "quote of %s is found verbatim in its document",
    (_label, { source }) => {
      expect(document(source.document)).toContain(collapse(source.quote));
    },
  );

  it.each(allSources.filter((s) => s.source.dnr !== null).map((s) => [`${s.file} ${s.where}`, s] as const))(
    "Dnr of %s appears in its document",
    (_label, { source }) => {
      expect(document(source.document)).toContain(source.dnr);
    },
  );

  it("gives a source to every basutbud that is not demo data, and none to demo data", () => {
    for (const seed of regions.values()) {
      for (const b of seed.basutbud) {
        if (b.demo) {
          expect(b.source).toBeNull();
          expect(b.note).toBeTruthy();
        } else {
          expect(b.source).not.toBeNull();
        }
      }
    }
  });
});

describe.each(regionCodes)("references in %s", (code) => {
  const seed = region(code);
  const services = new Map(national.services.map((s) => [s.code, s]));
  const metrics = new Set(national.metrics.map((m) => m.code));
  const decisions = seed.decisions.map((d) => d.key);
  const activities = seed.actionPlans.flatMap((p) => p.activities.map((a) => a.key));

  it("has unique decision, audit, action plan and activity keys", () => {
    expect(new Set(decisions).size).toBe(decisions.length);
    expect(new Set(activities).size).toBe(activities.length);
    const audits = seed.audits.map((a) => a.key);
    expect(new Set(audits).size).toBe(audits.length);
    const plans = seed.actionPlans.map((p) => p.key);
    expect(new Set(plans).size).toBe(plans.length);
  });

  it("uses only services of the national catalogue that are open to the region", () => {
    for (const b of seed.basutbud) {
      for (const service of b.services) {
        const known = services.get(service);
        expect(known, `service ${service}`).toBeDefined();
        if (known && known.regionCodes.length > 0) expect(known.regionCodes).toContain(code);
      }
    }
  });

  it("uses only metrics of the national catalogue", () => {
    for (const m of seed.measurements) expect(metrics.has(m.metric), `metric ${m.metric}`).toBe(true);
    for (const g of seed.goals) expect(metrics.has(g.metric), `metric ${g.metric}`).toBe(true);
  });

  it("references only decisions and activities it defines", () => {
    const referenced = [
      ...seed.basutbud.flatMap((b) => (b.decision ? [b.decision] : [])),
      ...seed.goals.flatMap((g) => (g.decision ? [g.decision] : [])),
      ...seed.actionPlans.flatMap((p) => (p.decision ? [p.decision] : [])),
      ...seed.audits.flatMap((a) => a.recommendations.flatMap((r) => r.decisions.map((l) => l.decision))),
    ];
    for (const key of referenced) expect(decisions, `decision ${key}`).toContain(key);
    for (const key of seed.audits.flatMap((a) => a.recommendations.flatMap((r) => r.activities))) {
      expect(activities, `activity ${key}`).toContain(key);
    }
  });

  it("states no goal target (the documents give none)", () => {
    for (const g of seed.goals) expect(g.target).toBeNull();
  });

  it("numbers recommendations 1, 2, 3 … within each audit", () => {
    for (const a of seed.audits) {
      expect(a.recommendations.map((r) => r.ordinal)).toEqual(a.recommendations.map((_r, i) => i + 1));
    }
  });

  it("has municipality codes of 4 digits starting with the county code", () => {
    const county = COUNTY_CODES[code];
    expect(county).toBeDefined();
    const codes = seed.demo.municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) {
      expect(c).toMatch(/^\d{4}$/);
      expect(c.startsWith(county ?? "??"), c).toBe(true);
    }
    expect(seed.demo.seed).toBe(Number(county));
  });
});

describe("Norrbotten (SE-BD)", () => {
  const seed = region("SE-BD");
  const value = (metric: string, period: string) =>
    seed.measurements.find((m) => m.metric === metric && m.period === period)?.value;

  it("has the logged-in share 31 % (2016) and 83 % (2020) and about 206 000 unique logins", () => {
    expect(value("LOGGED_IN_SHARE", "2016")).toBe(31);
    expect(value("LOGGED_IN_SHARE", "2020")).toBe(83);
    // "idag" in a 2021 paper: the year is inferred, and the note says so.
    expect(value("UNIQUE_LOGINS", "2021")).toBe(206000);
    expect(seed.measurements.find((m) => m.metric === "UNIQUE_LOGINS")?.note).toMatch(/härlett/);
  });

  it("has the basutbud of Dnr 678-2021 from 2022", () => {
    const basutbud = seed.basutbud.find((b) => b.decision === "rs-678-2021");
    expect(basutbud?.validFrom).toBe("2022-01-01");
    expect(basutbud?.demo).toBe(false);
    expect([...(basutbud?.services ?? [])].sort()).toEqual(
      [
        "AVBOKA_OMBOKA",
        "BESTALLA_TID",
        "DIGITALEN",
        "DIGITALT_VARDBESOK",
        "FORNYA_RECEPT",
        "KONTAKTA_MIG",
        "RADGIVNING",
        "TELEFON_MOTTAGNING",
      ].sort(),
    );
  });

  it("has the decisions of both case numbers and the PwC audit with four recommendations", () => {
    expect(seed.decisions.map((d) => d.dnr)).toEqual(expect.arrayContaining(["00361-2021", "678-2021"]));
    expect(seed.audits).toHaveLength(1);
    expect(seed.audits[0]?.year).toBe(2021);
    expect(seed.audits[0]?.recommendations).toHaveLength(4);
  });

  it("has 14 municipalities", () => {
    expect(seed.demo.municipalities).toHaveLength(14);
  });

  it("marks both case numbers as proposals whose adoption is not stated, and says so on the basutbud", () => {
    for (const dnr of ["00361-2021", "678-2021"]) {
      expect(seed.decisions.find((d) => d.dnr === dnr)?.status).toBe("PROPOSED");
    }
    expect(seed.basutbud[0]?.note).toMatch(/förslag till beslut/i);
  });

  it("quotes the audit conclusion from the auditors' own letter it cites", () => {
    const audit = seed.audits[0];
    expect(audit?.source.document).toBe("002_566707ee1067a282.txt");
    const letter = collapse(readSourceDocument("002_566707ee1067a282.txt")).replace(/ ?• ?/g, " ");
    expect(letter).toContain(
      collapse(audit?.conclusion ?? "").replace(/^Vår samlade revisionella bedömning är att /, ""),
    );
  });

  it("has the auditors' findings: trust, uniform offering, the unbreakable statistic, Norra sjukvårdsregionen", () => {
    const auditors = seed.findings.filter((f) => f.statedBy === "AUDITORS");
    expect(auditors.map((f) => f.topic)).toEqual(
      expect.arrayContaining(["TRUST", "UNIFORM_OFFERING", "BOARD_FOLLOW_UP", "PHONE"]),
    );
    expect(auditors.find((f) => f.topic === "TRUST")?.text).toMatch(/bland de lägsta i landet/);
    expect(auditors.some((f) => /minst fyra e-tjänster/.test(f.text))).toBe(true);
    expect(auditors.some((f) => /Norra sjukvårdsregionen/.test(f.text))).toBe(true);
  });

  it("has the history's dated events as written and the auditors' reply deadline", () => {
    expect(seed.events.map((e) => e.date)).toEqual(
      expect.arrayContaining(["2017-03-01", "2017-04-26", "2018-09-27", "2021-05-20"]),
    );
    // The rest of the 2015–2019 history are decisions, each dated as the document writes it.
    expect(seed.decisions.map((d) => d.date)).toEqual(
      expect.arrayContaining(["2015-10-28", "2016", "2018-06-07", "2019"]),
    );
  });
});

describe("Västmanland (SE-U)", () => {
  const seed = region("SE-U");

  it("has the mean waiting time and the account share of 2020", () => {
    expect(seed.measurements.find((m) => m.metric === "PHONE_MEAN_WAIT_MIN")?.value).toBe(24);
    expect(seed.measurements.find((m) => m.metric === "ACCOUNT_SHARE")?.value).toBe(80);
  });

  it("has what is reported to the board, the view of mean waiting time as a goal and the 2019–2020 context", () => {
    const texts = seed.findings.map((f) => f.text).join(" ");
    expect(texts).toMatch(/ca hälften under året loggat in/);
    expect(texts).toMatch(/Medelväntetid som enskilt mål/);
    expect(texts).toMatch(/del- och årsredovisningen/);
    expect(texts).toMatch(/presenterats på regionstyrelsen varje år/);
    expect(seed.events.map((e) => e.date)).toEqual(["2019", "2020"]);
  });

  it("has only a demo basutbud and 10 municipalities", () => {
    expect(seed.basutbud.every((b) => b.demo)).toBe(true);
    expect(seed.demo.municipalities).toHaveLength(10);
  });
});

describe("Halland (SE-N)", () => {
  const seed = region("SE-N");
  const activities = seed.actionPlans.flatMap((p) => p.activities);

  it("has the action plan's 16 activities with their deadlines 2017-Q3 … 2018-Q4", () => {
    expect(activities.map((a) => a.due)).toEqual([
      "2017-Q3",
      "2018-Q1",
      "2018-Q1",
      "2018-Q2",
      "2017-Q4",
      "2018",
      "2018-Q4",
      "2018-Q4",
      null,
      "2018-Q4",
      "2018",
      null,
      "2017-Q4",
      "2017-Q3",
      "2018",
      "2017",
    ]);
  });

  it("knows only what the letter says of the status: the plan's four goals and the merged follow-up under way in 2017, quoted; the rest UNKNOWN", () => {
    const underWay = ["plan-1", "plan-2", "plan-3", "plan-4", "uppfoljning-2"];
    for (const activity of activities) {
      expect(activity.statusAsOf, activity.key).toBe("2017");
      expect(activity.note, activity.key).toMatch(/härlett/);
      expect(activity.status, activity.key).toBe(underWay.includes(activity.key) ? "IN_PROGRESS" : "UNKNOWN");
    }
    // Each status read from the letter carries its words, as the letter writes them.
    const letter = document("004_4ecc231883005d9e.txt");
    for (const activity of activities.filter((a) => a.status === "IN_PROGRESS")) {
      const quoted = [...(activity.note ?? "").matchAll(/”([^”]+)”/g)].map((m) => m[1] ?? "");
      expect(quoted.length, activity.key).toBeGreaterThan(0);
      expect(
        quoted.some((q) => /påbörjat|uppstartad/.test(q) && letter.includes(q)),
        activity.key,
      ).toBe(true);
    }
  });

  it("says Halland's audit title and year are read out of the text, and that it examined mainly the webbtidbok project", () => {
    const audit = regions.get("SE-N")?.audits[0];
    expect(audit).toMatchObject({ titleInferred: true, yearInferred: true, year: 2017 });
    expect(audit?.focus).toMatch(/webbtidboksprojektet/);
    expect(document("004_4ecc231883005d9e.txt")).toContain(
      "I rapporten har framför allt webbtidboksprojektet reviderats",
    );
    // The other audits state their titles and years.
    for (const code of ["SE-BD", "SE-U"])
      for (const other of regions.get(code)?.audits ?? [])
        expect(other).toMatchObject({ titleInferred: false, yearInferred: false });
  });

  it("gives Västmanland's phone goal no period and no target: 003 states neither", () => {
    const [goal] = regions.get("SE-U")?.goals ?? [];
    expect(goal).toMatchObject({ metric: "PHONE_MEAN_WAIT_MIN", period: null, target: null });
    expect(goal?.description).toContain("vilken period");
  });

  it("links Norrbotten's recommendations to the decisions that answer them, each link with its source and a note", () => {
    const recommendations = regions.get("SE-BD")?.audits[0]?.recommendations ?? [];
    const links = recommendations.flatMap((r) => r.decisions);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.source?.quote, link.decision).toMatch(/\S/);
      expect(link.note, link.decision).toMatch(/\S/);
    }
  });

  it("gives Västmanland no basutbud: 003 says its base level of e-services was dropped from the 2018 programme", () => {
    expect(regions.get("SE-U")?.basutbud).toEqual([]);
    const programme = regions.get("SE-U")?.decisions.find((d) => d.key === "primarvardsprogram-2018");
    expect(programme?.source.quote).toContain("Från 2018 års program togs detta bort");
    expect(programme?.date).toBeNull();
  });

  it("reads the phone timeline as written: an assignment given Q4 2017, a span Q3 2017 – Q4 2018", () => {
    const byKey = new Map(activities.map((a) => [a.key, a]));
    expect(byKey.get("telefon-1")).toMatchObject({ start: "2017-Q4", due: null });
    expect(byKey.get("telefon-1")?.note).toContain("Uppdrag läggs Q4 2017");
    expect(byKey.get("telefon-2")).toMatchObject({ start: "2017-Q3", due: "2018-Q4" });
  });

  it("stores the Webbtidbok share for närsjukvården, not as the region's total", () => {
    const share = seed.measurements.find((m) => m.metric === "WEBBTIDBOK_REBOOKING_SHARE");
    expect(share?.scope).toBe("närsjukvården");
  });

  it("does not claim the audit's title or year: the note says both are not stated", () => {
    expect(seed.audits[0]?.note).toMatch(/anger inte dess titel/);
    expect(seed.audits[0]?.note).toMatch(/2017 är härlett/);
  });

  it("has the move to Inera on 1/1-2018 and the national work from August 2017 as events", () => {
    expect(seed.events.map((e) => [e.date, e.period])).toEqual([
      ["augusti 2017", "2017-08"],
      ["1/1-2018", "2018-01-01"],
    ]);
    expect(seed.findings.some((f) => f.text.includes("digitalt utanförskap"))).toBe(true);
  });

  it("has the Webbtidbok rebooking share and an audit without invented recommendations", () => {
    expect(seed.measurements.find((m) => m.metric === "WEBBTIDBOK_REBOOKING_SHARE")?.value).toBe(9);
    expect(seed.audits[0]?.recommendations).toEqual([]);
  });

  it("has 6 municipalities", () => {
    expect(seed.demo.municipalities).toHaveLength(6);
  });
});
