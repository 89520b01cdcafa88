/**
 * `npm start`'s terminal: each service's pino JSON line as one readable line
 * (`12:01:02 region SE-BD   regional subgraph ready  port=4101 ms=504`). The services themselves
 * always log JSON (what production collects); only this development launcher reformats it.
 */
const LEVELS: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};
const COLORS: Record<string, string> = {
  WARN: "\x1b[33m",
  ERROR: "\x1b[31m",
  FATAL: "\x1b[31m",
  DEBUG: "\x1b[2m",
};
const RESET = "\x1b[0m";
/** pino's own fields and the per-request id: known, or said by the line's position. */
const SKIPPED = new Set(["level", "time", "pid", "hostname", "name", "msg", "requestId", "v"]);
const NAME_WIDTH = 10;

interface PinoLine {
  level: number;
  time?: number;
  msg?: string;
  err?: { message?: string; stack?: string };
  [field: string]: unknown;
}

function parse(line: string): PinoLine | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === "object" && value !== null && typeof (value as PinoLine).level === "number"
      ? (value as PinoLine)
      : undefined;
  } catch {
    return undefined;
  }
}

function show(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

const clock = (time: number) => new Date(time).toTimeString().slice(0, 8);

/** One output line of service `name`, formatted; lines that are not pino's pass through. */
export function terminalLine(name: string, line: string, options: { color: boolean }): string {
  const prefix = name.padEnd(NAME_WIDTH);
  const log = parse(line);
  if (!log) return `${clock(Date.now())} ${prefix} ${line}`;
  const level = LEVELS[log.level] ?? String(log.level);
  const fields = Object.entries(log)
    .filter(([key, value]) => !SKIPPED.has(key) && key !== "err" && value !== undefined)
    .map(([key, value]) => `${key}=${show(value)}`);
  const error = log.err ? ` ${log.err.message ?? ""}` : "";
  // A stack only for an error: warnings are expected situations, said in a line.
  const stack = log.level >= 50 && log.err?.stack ? `\n${log.err.stack}` : "";
  const label = level
    ? `${options.color ? (COLORS[level] ?? "") : ""}${level}${options.color ? RESET : ""} `
    : "";
  return `${clock(log.time ?? Date.now())} ${prefix} ${label}${log.msg ?? ""}${error}${fields.length ? `  ${fields.join(" ")}` : ""}${stack}`;
}
