/**
 * Zod cell parsers: every cell arrives as a string and is parsed explicitly.
 * Blank and whitespace-only cells are never coerced to 0; each issue message is the
 * "expected …" text shown to the maintainer.
 */
import { z } from "zod";

const fail = (ctx: z.RefinementCtx, expected: string) => {
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: expected });
  return z.NEVER;
};

/**
 * A number in the forms the reports themselves use: digits, optionally a decimal point and more
 * digits, optionally a leading minus ("5", "3.2", "0.5", "-2.1"). Not "1e3", ".5", "05", "+5",
 * "1,000" or "-0": a curated cell is copied from the report, and these would not be.
 */
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const NUMBER_FORM = "a number as the report writes it: 5, 3.2 or -2.1 (no exponent, leading zero, + or -0)";

function number(s: string, ctx: z.RefinementCtx): number {
  if (!NUMBER.test(s)) return fail(ctx, NUMBER_FORM);
  const n = Number(s);
  return Object.is(n, -0) ? fail(ctx, NUMBER_FORM) : n === 0 ? 0 : n;
}

/** Required text: not blank, no leading/trailing spaces. */
export const text = () =>
  z.string().transform((s, ctx) =>
    s.trim() === "" ? fail(ctx, "a non-blank value") : s !== s.trim() ? fail(ctx, "no leading or trailing spaces") : s,
  );

/** Optional text: blank means "not stated" and is read as "". */
export const optText = () =>
  z.string().transform((s, ctx) => (s !== s.trim() ? fail(ctx, "no leading or trailing spaces") : s));

/** Stable id: lowercase ASCII letters, digits and hyphens. */
export const id = () =>
  z.string().transform((s, ctx) =>
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? s : fail(ctx, "an id of lowercase letters, digits and single hyphens"),
  );

/** Optional id: blank is read as "". */
export const optId = () =>
  z.string().transform((s, ctx) =>
    s === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? s : fail(ctx, "blank or an id of lowercase letters, digits and single hyphens"),
  );

/** A number in a generated table (figures.csv): the pipeline may write exponents, e.g. multiplier 1e4. */
const MACHINE_NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/** Required number written by the pipeline (generated tables only). */
export const machineNum = () =>
  z.string().transform((s, ctx) => (MACHINE_NUMBER.test(s) ? Number(s) : fail(ctx, "a number")));

/** Optional number written by the pipeline: blank is null. */
export const optMachineNum = () =>
  z.string().transform((s, ctx) => (s === "" ? null : MACHINE_NUMBER.test(s) ? Number(s) : fail(ctx, "a number")));

/** Required decimal number as written in the report ("5", "3.12"); blank is an error, not 0. */
export const num = () => z.string().transform((s, ctx) => number(s, ctx));

/** Optional number: blank means "not stated" and is read as null; whitespace is an error. */
export const optNum = () => z.string().transform((s, ctx) => (s === "" ? null : number(s, ctx)));

/** Required integer ≥ min. */
export const int = (min = 0) =>
  z.string().transform((s, ctx) =>
    /^-?\d+$/.test(s) && Number(s) >= min ? Number(s) : fail(ctx, `a whole number ≥ ${min}`),
  );

/** Optional integer ≥ min: blank is null. */
export const optInt = (min = 0) =>
  z.string().transform((s, ctx) =>
    s === "" ? null : /^-?\d+$/.test(s) && Number(s) >= min ? Number(s) : fail(ctx, `a whole number ≥ ${min}`),
  );

/** One of a fixed list of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s, ctx) =>
    (values as readonly string[]).includes(s) ? (s as T[number]) : fail(ctx, `one of: ${values.join(", ")}`),
  );

/** Blank ("") or one of a fixed list of words. */
export const optOneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s, ctx) =>
    s === "" || (values as readonly string[]).includes(s)
      ? (s as T[number] | "")
      : fail(ctx, `blank or one of: ${values.join(", ")}`),
  );
