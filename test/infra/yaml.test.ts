import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { infraYamlFiles, read } from "./files.ts";

describe("YAML under infra/", () => {
  const files = infraYamlFiles();

  it("has the compose file, the router config and the Kubernetes manifests", () => {
    expect(files).toContain("infra/compose.yaml");
    expect(files).toContain("infra/router/router.yaml");
    expect(files).toContain("infra/k8s/kustomization.yaml");
  });

  it.each(files)("%s parses without errors or warnings, every document", (file) => {
    const docs = parseAllDocuments(read(file));
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.errors.map(String)).toEqual([]);
      expect(doc.warnings.map(String)).toEqual([]);
      expect(doc.contents).not.toBeNull();
    }
  });
});
