/**
 * Data problems are values, not exceptions: every check returns a list of DataError,
 * and the lists are joined so a maintainer sees every problem at once.
 */
export interface DataError {
  /** Path of the file as the maintainer would open it (relative to the working directory when possible). */
  file: string;
  /** 1-based line in the file; null when the problem concerns the whole file. */
  line: number | null;
  /** 1-based CSV column (field index); null when the problem concerns a whole row or file. */
  column: number | null;
  /** The offending cell or token as written; null when there is none. */
  value: string | null;
  /** What was expected instead, in words ("a number", "one of: up, down"). */
  expected: string;
  /** Human description after the location, e.g. `value "4.O" — expected a number`. */
  message: string;
}

/** Builds a DataError whose message follows the house format `<what> "<value>" — expected <expected>`. */
export function dataError(
  file: string,
  line: number | null,
  column: number | null,
  what: string,
  value: string | null,
  expected: string,
): DataError {
  const shown = value === null ? what : `${what} ${JSON.stringify(value)}`;
  return { file, line, column, value, expected, message: `${shown} — expected ${expected}` };
}

/** `file:line:column message`, omitting the parts that are unknown. */
export function formatDataError(e: DataError): string {
  let where = e.file;
  if (e.line !== null) where += `:${e.line}`;
  if (e.line !== null && e.column !== null) where += `:${e.column}`;
  return `${where} ${e.message}`;
}

/** Stable order: by file, then line, then column, so output and tests are deterministic. */
export function sortDataErrors(errors: readonly DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** One line per problem, sorted. */
export function formatDataErrors(errors: readonly DataError[]): string {
  return sortDataErrors(errors).map(formatDataError).join("\n");
}

/**
 * Thrown by the loaders when the data is invalid. Its message lists every problem;
 * the stack is dropped because it says nothing about the data.
 */
export class DataValidationError extends Error {
  readonly errors: DataError[];
  constructor(errors: readonly DataError[]) {
    const sorted = sortDataErrors(errors);
    super(`${sorted.length} data problem${sorted.length === 1 ? "" : "s"}:\n${formatDataErrors(sorted)}`);
    this.name = "DataValidationError";
    this.errors = sorted;
    this.stack = `${this.name}: ${this.message}`;
  }
}
