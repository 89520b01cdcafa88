/**
 * Where our gateway spends its CPU: a V8 CPU profile (`node --cpu-prof`) of the gateway answering
 * one query, summarised as self time by module (npm package, workspace folder, Node's internals,
 * the garbage collector), per answer.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  /** Microseconds on the monotonic clock (as `process.hrtime`). */
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ModuleTime {
  module: string;
  /** Self CPU milliseconds per answer. */
  msPerAnswer: number;
  share: number;
}

/** The module a profiled function belongs to, from its script URL. */
export function moduleOf(url: string, functionName: string, repoRoot: string): string | undefined {
  if (!url) {
    if (functionName === "(idle)") return undefined;
    if (functionName === "(garbage collector)") return "(garbage collector)";
    return `(${functionName.replace(/[()]/g, "") || "native"})`;
  }
  if (url.startsWith("node:")) return "node (built-in modules)";
  const path = url.replace(/^file:\/\//, "");
  const inModules = path.lastIndexOf("/node_modules/");
  if (inModules >= 0) {
    const [first, second] = path.slice(inModules + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? path);
  }
  if (path.startsWith(repoRoot)) return path.slice(repoRoot.length).split("/").slice(0, 2).join("/");
  return path;
}

/** Self milliseconds by label of the samples within `window` (all when none). */
function selfTimes(
  profile: CpuProfile,
  labelOf: (node: ProfileNode, parentOf: Map<number, ProfileNode>) => string | undefined,
  totals: Map<string, number>,
  window?: [number, number],
): number {
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const labelById = new Map(profile.nodes.map((node) => [node.id, labelOf(node, parentOf)]));
  let all = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) return;
    const label = labelById.get(id);
    if (!label) return;
    // A sample lasts until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    totals.set(label, (totals.get(label) ?? 0) + ms);
    all += ms;
  });
  return all;
}

const perAnswer = (totals: Map<string, number>, all: number, answers: number): ModuleTime[] =>
  [...totals]
    .map(([module, ms]) => ({
      module,
      msPerAnswer: ms / Math.max(1, answers),
      share: ms / Math.max(1e-9, all),
    }))
    .sort((a, b) => b.msPerAnswer - a.msPerAnswer);

/**
 * Self time by module of every profile in `dir` within `window` (monotonic microseconds, as
 * `process.hrtime.bigint() / 1000n` gives them), per answer, biggest first.
 */
export function summariseProfiles(
  dir: string,
  answers: number,
  repoRoot: string,
  window: [bigint, bigint],
): ModuleTime[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    // Native work a JavaScript function asked for (a socket write, a JSON parse) is shown with
    // the module that asked: "(writev) ← undici".
    const labelOf = (node: ProfileNode, parentOf: Map<number, ProfileNode>): string | undefined => {
      const own = moduleOf(node.callFrame.url, node.callFrame.functionName, repoRoot);
      if (node.callFrame.url || !own || ["(garbage collector)", "(program)", "(root)"].includes(own))
        return own;
      let caller = parentOf.get(node.id);
      while (caller && !caller.callFrame.url) caller = parentOf.get(caller.id);
      return caller
        ? `${own} ← ${moduleOf(caller.callFrame.url, caller.callFrame.functionName, repoRoot)}`
        : own;
    };
    all += selfTimes(profile, labelOf, totals, window.map(Number) as [number, number]);
  }
  return perAnswer(totals, all, answers);
}

/** Self time by function (`name (module)`) of one in-memory profile, per answer, biggest first. */
export function summariseFunctions(profile: CpuProfile, answers: number, repoRoot: string): ModuleTime[] {
  const totals = new Map<string, number>();
  const all = selfTimes(
    profile,
    (node) => {
      const module = moduleOf(node.callFrame.url, node.callFrame.functionName, repoRoot);
      if (!module || !node.callFrame.url) return module;
      return `${node.callFrame.functionName || "(anonymous)"} (${module})`;
    },
    totals,
  );
  return perAnswer(totals, all, answers);
}
