import type { RegionEntry } from "./regions.ts";

/**
 * All 21 Swedish regions, for the national-scale benchmark only: real ISO 3166-2 and SCB county
 * codes and names, with an approximate population (thousands, about 2023) that sizes their
 * synthetic care units. Selected with JAMLIK_REGISTRY=synthetic-21; never mixed with the pilot.
 */
const COUNTIES: [code: string, scbCode: string, name: string, typeName: string, population: number][] = [
  ["SE-AB", "01", "Region Stockholm", "Stockholm", 2450],
  ["SE-C", "03", "Region Uppsala", "Uppsala", 400],
  ["SE-D", "04", "Region Sörmland", "Sormland", 300],
  ["SE-E", "05", "Region Östergötland", "Ostergotland", 470],
  ["SE-F", "06", "Region Jönköpings län", "Jonkoping", 370],
  ["SE-G", "07", "Region Kronoberg", "Kronoberg", 203],
  ["SE-H", "08", "Region Kalmar län", "Kalmar", 247],
  ["SE-I", "09", "Region Gotland", "Gotland", 61],
  ["SE-K", "10", "Region Blekinge", "Blekinge", 157],
  ["SE-M", "12", "Region Skåne", "Skane", 1420],
  ["SE-N", "13", "Region Halland", "Halland", 340],
  ["SE-O", "14", "Västra Götalandsregionen", "VastraGotaland", 1750],
  ["SE-S", "17", "Region Värmland", "Varmland", 283],
  ["SE-T", "18", "Region Örebro län", "Orebro", 307],
  ["SE-U", "19", "Region Västmanland", "Vastmanland", 280],
  ["SE-W", "20", "Region Dalarna", "Dalarna", 288],
  ["SE-X", "21", "Region Gävleborg", "Gavleborg", 287],
  ["SE-Y", "22", "Region Västernorrland", "Vasternorrland", 243],
  ["SE-Z", "23", "Region Jämtland Härjedalen", "Jamtland", 132],
  ["SE-AC", "24", "Region Västerbotten", "Vasterbotten", 275],
  ["SE-BD", "25", "Region Norrbotten", "Norrbotten", 249],
];

export const SYNTHETIC_POPULATION: Record<string, number> = Object.fromEntries(
  COUNTIES.map(([code, , , , population]) => [code, population]),
);

export const SYNTHETIC_REGIONS: RegionEntry[] = COUNTIES.map(
  ([code, scbCode, name, typeName, population], index) => ({
    code,
    scbCode,
    name,
    typeName,
    subgraphName: `region_${code.toLowerCase().replace("-", "_")}`,
    port: 4101 + index,
    population: {
      count: population * 1000,
      year: 2023,
      demo: true,
      source: null,
      note: "Ungefärlig folkmängd som dimensionerar de syntetiska uppgifterna; inte hämtad ur någon källa.",
    },
  }),
);
