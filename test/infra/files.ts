import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const infraDir = join(repoRoot, "infra");
export const k8sDir = join(infraDir, "k8s");

export function read(relativePath: string): string {
  return readFileSync(join(repoRoot, relativePath), "utf8");
}

/** Every YAML file under infra/, relative to the repository root, sorted. */
export function infraYamlFiles(): string[] {
  return readdirSync(infraDir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => join("infra", file))
    .sort();
}

/** One YAML document, with `<<` merge keys resolved as Compose does. */
export function readYaml<T = Record<string, unknown>>(relativePath: string): T {
  return parse(read(relativePath), { merge: true }) as T;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** Every document of a multi-document YAML file. */
export function readYamlDocuments<T = K8sObject>(relativePath: string): T[] {
  return parseAllDocuments(read(relativePath)).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${relativePath}: ${doc.errors.map(String).join("; ")}`);
    return doc.toJS() as T;
  });
}
