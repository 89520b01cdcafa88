import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  type NationalSeed,
  nationalSeedSchema,
  type RegionSeed,
  regionSeedSchema,
  sourceSchema,
} from "./format.ts";

const DOCUMENTS_DIR = new URL("../documents/", import.meta.url);
const REGION_CODE = /^SE-[A-Z]{1,2}$/;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}

function readJson(url: URL): unknown {
  const path = fileURLToPath(url);
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch (error) {
    throw new Error(`Cannot read seed file ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Seed file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

function parseSeedFile<T extends z.ZodType>(url: URL, schema: T): z.output<T> {
  const result = schema.safeParse(readJson(url));
  if (!result.success) {
    throw new Error(`Invalid seed file ${fileURLToPath(url)}: ${describeIssues(result.error)}`);
  }
  return result.data;
}

/** The national catalogue of services and metrics (data/national.json). */
export function loadNationalSeed(): NationalSeed {
  return parseSeedFile(new URL("../data/national.json", import.meta.url), nationalSeedSchema);
}

/** The seed of one region (data/regions/<code>.json), e.g. `loadRegionSeed("SE-BD")`. */
export function loadRegionSeed(code: string): RegionSeed {
  if (!REGION_CODE.test(code)) {
    throw new Error(`Invalid region code ${JSON.stringify(code)}: expected an ISO 3166-2 code like SE-BD`);
  }
  const url = new URL(`../data/regions/${code}.json`, import.meta.url);
  const seed = parseSeedFile(url, regionSeedSchema);
  if (seed.region !== code) {
    throw new Error(`Invalid seed file ${fileURLToPath(url)}: region: expected ${code}, got ${seed.region}`);
  }
  return seed;
}

/** The full text of a source document (documents/<file>), as cited by a seed's `source.document`. */
export function readSourceDocument(file: string): string {
  const checked = sourceSchema.shape.document.safeParse(file);
  if (!checked.success) {
    throw new Error(`Invalid source document name ${JSON.stringify(file)}`);
  }
  return readFileSync(new URL(checked.data, DOCUMENTS_DIR), "utf8");
}
