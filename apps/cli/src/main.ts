import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  CsvFormatError,
  CsvSyntaxError,
  describeColumns,
  FORMAT_NAMES,
  FORMATS,
  type FormatName,
} from "@jamlik/csv";
import { findRegion, REGIONS } from "@jamlik/registry";
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { tokenCommand } from "./commands/token.ts";
import { type CliContext, processContext } from "./context.ts";
import { DEV_SECRET_ENV } from "./devSecret.ts";
import { CliError, EXIT } from "./errors.ts";
import {
  DEFAULT_AUDIENCE,
  DEFAULT_EXPIRES,
  DEFAULT_ISSUER,
  parseDuration,
  ROLES,
  type Role,
} from "./token.ts";

function parseRegion(value: string): string {
  const code = value.trim().toUpperCase();
  if (!findRegion(code)) {
    throw new InvalidArgumentError(`Unknown region; known: ${REGIONS.map((r) => r.code).join(", ")}`);
  }
  return code;
}

/** The admin API refuses tokens that live longer (AUTH_MAX_TOKEN_LIFETIME_SECONDS, default 12 h). */
const MAX_EXPIRES_SECONDS = 12 * 3600;

function parseExpires(value: string): number {
  const seconds = parseDuration(value);
  if (seconds === undefined) throw new InvalidArgumentError("Use a duration such as 90s, 30m or 8h");
  if (seconds > MAX_EXPIRES_SECONDS) {
    throw new InvalidArgumentError("At most 12h: the admin API refuses tokens that live longer");
  }
  return seconds;
}

function parseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {}
  throw new InvalidArgumentError("Use an http(s) URL such as http://127.0.0.1:4101/admin/graphql");
}

function parseIdempotencyKey(value: string): string {
  if (!/^[\w.:-]{8,200}$/.test(value)) {
    throw new InvalidArgumentError("Use 8–200 letters, digits, '.', ':', '_' or '-'");
  }
  return value;
}

const regionOption = () =>
  new Option("--region <code>", "ISO 3166-2 code of the region, e.g. SE-BD")
    .argParser(parseRegion)
    .makeOptionMandatory();
const urlOption = () =>
  new Option(
    "--url <url>",
    "admin endpoint (default: http://127.0.0.1:<region port>/admin/graphql)",
  ).argParser(parseUrl);
const tokenOption = (role: Role) =>
  new Option("--token <jwt>", `bearer token (default: $JAMLIK_TOKEN, else a dev token with role ${role})`);
const formatArgument = () => new Argument("<format>", "what the CSV holds").choices(FORMAT_NAMES);

const EXIT_CODES_HELP = `
Exit codes:
  0  done
  1  the server found bad rows (they are listed; nothing was written)
  2  usage, file or CSV problem (nothing was sent)
  3  the server could not be reached or answered an error`;

const COLUMNS_HELP = `
Columns (separator ; or , — [optional]; names are case-insensitive):
${FORMAT_NAMES.map((name) => `  ${name.padEnd(13)} ${describeColumns(FORMATS[name])}`).join("\n")}`;

/** The jamlik program; `result.code` is set by the command that ran. */
export function buildProgram(ctx: CliContext, result: { code: number }): Command {
  const program = new Command("jamlik")
    .description("The command line for regional IT teams: development tokens, CSV import and export.")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "jamlik: ")),
    })
    .showHelpAfterError("(add --help for usage)")
    .helpCommand(false);

  program
    .command("token")
    .description("Print a development JWT (HS256) for a region's admin endpoint.")
    .addOption(regionOption())
    .addOption(new Option("--role <role>", "role in the region").choices(ROLES).makeOptionMandatory())
    .option("--subject <name>", "the token's subject (default: dev:<os user>)")
    .addOption(
      new Option("--expires <duration>", "lifetime, at most 12h: 90s, 30m, 8h")
        .default(parseDuration(DEFAULT_EXPIRES), DEFAULT_EXPIRES)
        .argParser(parseExpires),
    )
    .option("--secret <secret>", `signing secret (default: $${DEV_SECRET_ENV}, else .data/dev-secret)`)
    .option("--issuer <iss>", "issuer claim", DEFAULT_ISSUER)
    .option("--audience <aud>", "audience claim", DEFAULT_AUDIENCE)
    .addHelpText(
      "after",
      "\nThe secret is written to .data/dev-secret by `npm start`.\n" +
        "Example:\n  export JAMLIK_TOKEN=$(npx jamlik token --region SE-BD --role editor)",
    )
    .action(async (options) => {
      result.code = await tokenCommand(options, ctx);
    });

  program
    .command("import")
    .description("Import a CSV file into a region: all rows in one request, all or nothing.")
    .addArgument(formatArgument())
    .argument("<file>", "the CSV file (UTF-8, with or without BOM)")
    .addOption(regionOption())
    .option("--dry-run", "check every row on the server without writing anything")
    .addOption(urlOption())
    .addOption(tokenOption("editor"))
    .addOption(
      new Option(
        "--idempotency-key <key>",
        "request key (default: SHA-256 of the format and the file)",
      ).argParser(parseIdempotencyKey),
    )
    .addHelpText(
      "after",
      `${COLUMNS_HELP}\n${EXIT_CODES_HELP}\n\nExample:\n  npx jamlik import measurements matningar.csv --region SE-BD --dry-run`,
    )
    .action(async (format: FormatName, file: string, options) => {
      result.code = await importCommand(format, file, options, ctx);
    });

  program
    .command("export")
    .description(
      "Export a region's records as CSV (; separator, UTF-8 with BOM, CRLF) that import reads back.",
    )
    .addArgument(formatArgument())
    .argument("[file]", "where to write the CSV (default: standard output)")
    .addOption(regionOption())
    .addOption(urlOption())
    .addOption(tokenOption("viewer"))
    .addHelpText(
      "after",
      `${COLUMNS_HELP}\n${EXIT_CODES_HELP}\n\nExample:\n  npx jamlik export care-units vardenheter.csv --region SE-BD`,
    )
    .action(async (format: FormatName, file: string | undefined, options) => {
      result.code = await exportCommand(format, file, options, ctx);
    });

  return program;
}

/** Runs jamlik with the user's arguments (without `node` and the script); resolves to the exit code. */
export async function runCli(args: readonly string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const ctx = { ...processContext(), ...overrides };
  const result = { code: EXIT.ok as number };
  try {
    await buildProgram(ctx, result).parseAsync([...args], { from: "user" });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      ctx.stderr.write(`jamlik: ${error.message}\n`);
      return error.exitCode;
    }
    // A file that is not CSV, or not CSV of its format: nothing was sent.
    if (error instanceof CsvSyntaxError || error instanceof CsvFormatError) {
      ctx.stderr.write(`jamlik: ${error.message}\n`);
      return EXIT.usage;
    }
    ctx.stderr.write(`jamlik: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) process.exitCode = await runCli(process.argv.slice(2));
