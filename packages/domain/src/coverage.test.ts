import { describe, expect, it } from "vitest";
import {
  basutbudOn,
  type CareUnit,
  computeCoverage,
  eServiceUnitsShare,
  type Offering,
  offeringValidOn,
  unitOpenOn,
  withValidTo,
} from "./coverage.ts";
import { PeriodError } from "./periods.ts";

const open = (careUnitId: number, serviceCode: string, validFrom = "2020-01-01"): Offering => ({
  careUnitId,
  serviceCode,
  validFrom,
  validTo: null,
});

describe("withValidTo", () => {
  it("sorts oldest first and ends each version the day before the next one starts", () => {
    const versions = [
      { validFrom: "2024-03-01", services: ["A", "B", "C"] },
      { validFrom: "2019-01-01", services: ["A"] },
      { validFrom: "2021-07-15", services: ["A", "B"] },
    ];
    expect(withValidTo(versions)).toEqual([
      { validFrom: "2019-01-01", services: ["A"], validTo: "2021-07-14" },
      { validFrom: "2021-07-15", services: ["A", "B"], validTo: "2024-02-29" },
      { validFrom: "2024-03-01", services: ["A", "B", "C"], validTo: null },
    ]);
    expect(versions[0]?.validFrom).toBe("2024-03-01");
  });

  it("keeps extra fields and handles the year boundary", () => {
    const result = withValidTo([
      { id: 2, validFrom: "2021-01-01" },
      { id: 1, validFrom: "2020-01-01" },
    ]);
    expect(result).toEqual([
      { id: 1, validFrom: "2020-01-01", validTo: "2020-12-31" },
      { id: 2, validFrom: "2021-01-01", validTo: null },
    ]);
  });

  it("returns an empty list for no versions", () => {
    expect(withValidTo([])).toEqual([]);
  });

  it("rejects duplicate or invalid validFrom dates", () => {
    expect(() => withValidTo([{ validFrom: "2020-01-01" }, { validFrom: "2020-01-01" }])).toThrow(RangeError);
    expect(() => withValidTo([{ validFrom: "2021-02-29" }])).toThrow(PeriodError);
  });
});

describe("basutbudOn", () => {
  const versions = [
    { validFrom: "2022-01-01", services: ["A", "B"] },
    { validFrom: "2020-01-01", services: ["A"] },
  ];

  it("picks the latest version in force", () => {
    expect(basutbudOn(versions, "2021-06-01")).toEqual({
      validFrom: "2020-01-01",
      services: ["A"],
      validTo: "2021-12-31",
    });
    expect(basutbudOn(versions, "2030-01-01")?.services).toEqual(["A", "B"]);
  });

  it("switches on the new version's first day, not before", () => {
    expect(basutbudOn(versions, "2021-12-31")?.validFrom).toBe("2020-01-01");
    expect(basutbudOn(versions, "2022-01-01")?.validFrom).toBe("2022-01-01");
  });

  it("is undefined before any version is in force or without versions", () => {
    expect(basutbudOn(versions, "2019-12-31")).toBeUndefined();
    expect(basutbudOn([], "2021-01-01")).toBeUndefined();
  });

  it("throws on an invalid asOf", () => {
    expect(() => basutbudOn(versions, "2021-02-30")).toThrow(PeriodError);
  });
});

describe("offeringValidOn", () => {
  const offering = { validFrom: "2020-03-01", validTo: "2020-12-31" };

  it("is inclusive at both ends", () => {
    expect(offeringValidOn(offering, "2020-03-01")).toBe(true);
    expect(offeringValidOn(offering, "2020-12-31")).toBe(true);
  });

  it("is false before the start and after the end", () => {
    expect(offeringValidOn(offering, "2020-02-29")).toBe(false);
    expect(offeringValidOn(offering, "2021-01-01")).toBe(false);
  });

  it("treats a null validTo as open", () => {
    expect(offeringValidOn({ validFrom: "2020-03-01", validTo: null }, "2999-12-31")).toBe(true);
  });
});

describe("computeCoverage", () => {
  const units: CareUnit[] = [
    { id: 1, municipalityCode: "0180", municipalityName: "Stockholm" },
    { id: 2, municipalityCode: "0180", municipalityName: "Stockholm" },
    { id: 3, municipalityCode: "2480", municipalityName: "Umeå" },
    { id: 4, municipalityCode: "1880", municipalityName: "Örebro" },
    { id: 5, municipalityCode: "0136", municipalityName: "Haninge" },
  ];
  const basutbud = ["A", "B", "C"];
  const asOf = "2021-06-15";

  const offerings: Offering[] = [
    ...["A", "B", "C"].map((code) => open(1, code)),
    // Unit 2: C closed the day before asOf, B starts the day after.
    open(2, "A"),
    open(2, "B", "2021-06-16"),
    { careUnitId: 2, serviceCode: "C", validFrom: "2020-01-01", validTo: "2021-06-14" },
    // Unit 3: C closes on asOf itself (still valid), extra non-basutbud service.
    open(3, "A"),
    open(3, "B"),
    { careUnitId: 3, serviceCode: "C", validFrom: "2020-01-01", validTo: "2021-06-15" },
    open(3, "X"),
    // Unit 4 only offers C; unit 5 offers nothing. Unit 99 is unknown.
    open(4, "C"),
    open(99, "A"),
  ];

  it("counts complete units and the rounded share", () => {
    const result = computeCoverage(units, offerings, basutbud, asOf);
    expect(result.asOf).toBe(asOf);
    expect(result.unitsTotal).toBe(5);
    expect(result.unitsComplete).toBe(2);
    expect(result.share).toBe(40);
  });

  it("leaves out a unit from the day it closes, and counts it before", () => {
    const closing = units.map((unit) => (unit.id === 5 ? { ...unit, closedOn: "2021-06-15" } : unit));
    const onClosingDay = computeCoverage(closing, offerings, basutbud, asOf);
    expect(onClosingDay.unitsTotal).toBe(4);
    expect(onClosingDay.share).toBe(50);
    expect(onClosingDay.gaps.map((gap) => gap.careUnitId)).not.toContain(5);
    const dayBefore = computeCoverage(closing, offerings, basutbud, "2021-06-14");
    expect(dayBefore.gaps.map((gap) => gap.careUnitId)).toContain(5);
    expect(unitOpenOn({ closedOn: "2021-06-15" }, "2021-06-14")).toBe(true);
    expect(unitOpenOn({ closedOn: "2021-06-15" }, "2021-06-15")).toBe(false);
    expect(unitOpenOn({ closedOn: null }, "2099-01-01")).toBe(true);
  });

  it("lists gaps in unit order with missing services in basutbud order", () => {
    const result = computeCoverage(units, offerings, ["C", "B", "A"], asOf);
    expect(result.gaps).toEqual([
      { careUnitId: 2, missing: ["C", "B"] },
      { careUnitId: 4, missing: ["B", "A"] },
      { careUnitId: 5, missing: ["C", "B", "A"] },
    ]);
  });

  it("groups by municipality, sorted in Swedish order (Å/Ä/Ö after Z)", () => {
    const result = computeCoverage(units, offerings, basutbud, asOf);
    expect(result.municipalities).toEqual([
      {
        code: "0136",
        name: "Haninge",
        unitsTotal: 1,
        unitsComplete: 0,
        share: 0,
        missing: ["A", "B", "C"],
        demo: false,
      },
      {
        code: "0180",
        name: "Stockholm",
        unitsTotal: 2,
        unitsComplete: 1,
        share: 50,
        missing: ["B", "C"],
        demo: false,
      },
      { code: "2480", name: "Umeå", unitsTotal: 1, unitsComplete: 1, share: 100, missing: [], demo: false },
      {
        code: "1880",
        name: "Örebro",
        unitsTotal: 1,
        unitsComplete: 0,
        share: 0,
        missing: ["A", "B"],
        demo: false,
      },
    ]);
  });

  it("sorts Å, Ä, Ö after Z and in that order", () => {
    const names = ["Östersund", "Ängelholm", "Åre", "Zinkgruvan", "Alingsås"];
    const result = computeCoverage(
      names.map((name, i) => ({ id: i, municipalityCode: String(i), municipalityName: name })),
      [],
      ["A"],
      asOf,
    );
    expect(result.municipalities.map((m) => m.name)).toEqual([
      "Alingsås",
      "Zinkgruvan",
      "Åre",
      "Ängelholm",
      "Östersund",
    ]);
  });

  it("rounds the share to one decimal", () => {
    const three = units.slice(0, 3);
    const result = computeCoverage(three, offerings, basutbud, asOf);
    expect(result.unitsComplete).toBe(2);
    expect(result.share).toBe(66.7);
  });

  it("ignores duplicate basutbud codes and duplicate offerings", () => {
    const result = computeCoverage(
      [units[0] as CareUnit],
      [open(1, "A"), open(1, "A")],
      ["A", "B", "A"],
      asOf,
    );
    expect(result.gaps).toEqual([{ careUnitId: 1, missing: ["B"] }]);
  });

  it("has a null share and no gaps without units", () => {
    expect(computeCoverage([], offerings, basutbud, asOf)).toEqual({
      asOf,
      unitsTotal: 0,
      unitsComplete: 0,
      share: null,
      gaps: [],
      municipalities: [],
      demo: false,
    });
  });

  it("has null shares and no gaps without a basutbud", () => {
    const result = computeCoverage(units, offerings, null, asOf);
    expect(result.unitsTotal).toBe(5);
    expect(result.unitsComplete).toBe(0);
    expect(result.share).toBeNull();
    expect(result.gaps).toEqual([]);
    expect(result.municipalities.map((m) => [m.name, m.unitsTotal, m.share, m.missing])).toEqual([
      ["Haninge", 1, null, []],
      ["Stockholm", 2, null, []],
      ["Umeå", 1, null, []],
      ["Örebro", 1, null, []],
    ]);
  });

  it("counts every unit complete against an empty basutbud", () => {
    const result = computeCoverage(units, [], [], asOf);
    expect(result.unitsComplete).toBe(5);
    expect(result.share).toBe(100);
    expect(result.gaps).toEqual([]);
  });

  it("throws on an invalid asOf", () => {
    expect(() => computeCoverage(units, offerings, basutbud, "2021-06")).toThrow(PeriodError);
  });

  describe("demo marks", () => {
    const demoOf = (result: ReturnType<typeof computeCoverage>) => [
      result.demo,
      ...result.municipalities.map((m) => `${m.name}:${m.demo}`),
    ];

    it("are false when nothing it is computed from is demo", () => {
      expect(demoOf(computeCoverage(units, offerings, basutbud, asOf))).toEqual([
        false,
        "Haninge:false",
        "Stockholm:false",
        "Umeå:false",
        "Örebro:false",
      ]);
    });

    it("follow a demo care unit to its municipality and the total", () => {
      const withDemo = units.map((unit) => (unit.id === 3 ? { ...unit, demo: true } : unit));
      expect(demoOf(computeCoverage(withDemo, offerings, basutbud, asOf))).toEqual([
        true,
        "Haninge:false",
        "Stockholm:false",
        "Umeå:true",
        "Örebro:false",
      ]);
    });

    it("follow a demo offering valid on the day, and not one that is not", () => {
      const demoOffering = { ...open(4, "A"), demo: true };
      expect(demoOf(computeCoverage(units, [...offerings, demoOffering], basutbud, asOf))[4]).toBe(
        "Örebro:true",
      );
      const later = { ...open(4, "A", "2022-01-01"), demo: true };
      expect(demoOf(computeCoverage(units, [...offerings, later], basutbud, asOf))[0]).toBe(false);
    });

    it("make everything demo when the basutbud is demo, but not without a basutbud", () => {
      expect(
        demoOf(computeCoverage(units, offerings, basutbud, asOf, true)).every(
          (d) => d === true || String(d).endsWith("true"),
        ),
      ).toBe(true);
      expect(computeCoverage(units, offerings, null, asOf, true).demo).toBe(false);
    });
  });
});

describe("eServiceUnitsShare", () => {
  const units = [{ id: 1 }, { id: 2 }, { id: 3 }];
  const codes = ["E1", "E2", "E3", "E4", "E5"];
  const asOf = "2021-06-15";
  const offerings: Offering[] = [
    ...["E1", "E2", "E3", "E4"].map((code) => open(1, code)),
    // Unit 2: four codes, but one closed the day before asOf and one is not an e-service.
    ...["E1", "E2", "E3"].map((code) => open(2, code)),
    { careUnitId: 2, serviceCode: "E4", validFrom: "2020-01-01", validTo: "2021-06-14" },
    open(2, "PHONE"),
    // Unit 3: E5 starts on asOf (valid), duplicate E1 counted once.
    ...["E1", "E1", "E2", "E3"].map((code) => open(3, code)),
    open(3, "E5", "2021-06-15"),
  ];

  it("counts units with at least the minimum number of distinct valid services", () => {
    expect(eServiceUnitsShare(units, offerings, codes, asOf)).toBe(66.7);
  });

  it("honours a custom minimum", () => {
    expect(eServiceUnitsShare(units, offerings, codes, asOf, 3)).toBe(100);
    expect(eServiceUnitsShare(units, offerings, codes, asOf, 5)).toBe(0);
  });

  it("counts an offering on its last day and not before its first day", () => {
    const perUnit = (asOf: string) => units.map((unit) => eServiceUnitsShare([unit], offerings, codes, asOf));
    expect(perUnit("2021-06-15")).toEqual([100, 0, 100]);
    expect(perUnit("2021-06-14")).toEqual([100, 100, 0]);
  });

  it("is null without units and 0 without matching codes", () => {
    expect(eServiceUnitsShare([], offerings, codes, asOf)).toBeNull();
    expect(eServiceUnitsShare(units, offerings, [], asOf)).toBe(0);
  });

  it("throws on an invalid asOf", () => {
    expect(() => eServiceUnitsShare(units, offerings, codes, "15/06/2021")).toThrow(PeriodError);
  });
});
