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

interface CpuProfile {
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
  const [from, to] = window.map(Number) as [number, number];
  const totals = new Map<string, number>();
  let all = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    const parentOf = new Map<number, ProfileNode>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
    // Native work a JavaScript function asked for (a socket write, a JSON parse) is shown with
    // the module that asked: "(writev) ← undici".
    const labelOf = (node: ProfileNode): string | undefined => {
      const own = moduleOf(node.callFrame.url, node.callFrame.functionName, repoRoot);
      if (node.callFrame.url || !own || ["(garbage collector)", "(program)", "(root)"].includes(own))
        return own;
      let caller = parentOf.get(node.id);
      while (caller && !caller.callFrame.url) caller = parentOf.get(caller.id);
      return caller
        ? `${own} ← ${moduleOf(caller.callFrame.url, caller.callFrame.functionName, repoRoot)}`
        : own;
    };
    const moduleById = new Map(profile.nodes.map((node) => [node.id, labelOf(node)]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (at < from || at > to) return;
      const module = moduleById.get(id);
      if (!module) return;
      // A sample lasts until the next one.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      totals.set(module, (totals.get(module) ?? 0) + ms);
      all += ms;
    });
  }
  return [...totals]
    .map(([module, ms]) => ({
      module,
      msPerAnswer: ms / Math.max(1, answers),
      share: ms / Math.max(1e-9, all),
    }))
    .sort((a, b) => b.msPerAnswer - a.msPerAnswer);
}
