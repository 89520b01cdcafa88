/**
 * The licence policy: what the project's own code (EUPL-1.2, LICENSE) may depend on. Permissive
 * licences and the weak copyleft MPL-2.0 (file-level, compatible with the EUPL) are allowed;
 * anything else needs a decision, written here by name, with its reason.
 */
export const ALLOWED_LICENCES = [
  "MIT",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "BlueOak-1.0.0",
  "Zlib",
  "Python-2.0",
  "CC-BY-3.0",
  "CC-BY-4.0",
  "CC0-1.0",
  "Unlicense",
  "MPL-2.0",
] as const;

/** Packages allowed although their licence is not on the list: the exact licence they declare, and why. */
export const ALLOWED_BY_NAME: Record<string, { licence: string | undefined; reason: string }> = {
  ...Object.fromEntries(
    [
      "@apollo/gateway",
      "@apollo/federation-internals",
      "@apollo/composition",
      "@apollo/query-planner",
      "@apollo/query-graphs",
    ].map((name) => [
      name,
      {
        licence: "Elastic-2.0",
        reason:
          "the federation gateway the project is built on (a chosen part of the stack). Elastic-2.0 is not an OSI licence: it allows use, copying and changes, and forbids offering the software to third parties as a managed service and circumventing licence keys; a region running its own gateway does neither. Hive Gateway (MIT) is the tested alternative (docs/deployment.md).",
      },
    ]),
  ),
  "ansi-color": {
    licence: "BSD License",
    reason:
      "development only (Hive Gateway's Jaeger exporter in the benchmark); its LICENSE file is the BSD licence",
  },
  process: {
    licence: undefined,
    reason:
      "development only (the same exporter); version 0.10.1 declares no licence, its LICENSE file is MIT",
  },
};
