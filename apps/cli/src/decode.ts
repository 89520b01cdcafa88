import { CliError, EXIT } from "./errors.ts";

/** Decodes a file's bytes as UTF-8 (BOM or not); anything else is refused with a hint. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${name} is not UTF-8 text; in Excel, save it as "CSV UTF-8 (kommaavgränsad)"`,
      EXIT.usage,
    );
  }
}
