// Small schemas that form schemas are built from: text, email, UK dates, checkboxes.
import { z } from "zod";

const asString = (value: unknown) => (typeof value === "string" ? value : "");

/** Optional text: trimmed; empty becomes null. */
export function optionalText(max: number, label: string) {
  return z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(max, `${label} must be ${max} characters or fewer`)
      .transform((v) => (v === "" ? null : v)),
  );
}

/** Required text, trimmed. `missing` says what to enter, for example "Enter your child's name". */
export function requiredText(max: number, missing: string, label: string) {
  return z.preprocess(asString, z.string().trim().min(1, missing).max(max, `${label} must be ${max} characters or fewer`));
}

export const emailSchema = z.preprocess(
  asString,
  z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the right format, like name@example.com" })),
);

/** `name` as it reads mid-sentence, e.g. "the SENCO's email address". */
export function optionalEmail(name: string) {
  return z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(254, `${capitalise(name)} must be 254 characters or fewer`)
      .refine((v) => v === "" || z.email().safeParse(v).success, {
        message: `Enter ${name} in the right format, like name@example.com`,
      })
      .transform((v) => (v === "" ? null : v)),
  );
}

/** `name` as it reads mid-sentence, e.g. "the SENCO's phone number". */
export function optionalPhone(name: string) {
  return z.preprocess(
    asString,
    z
      .string()
      .trim()
      .max(30, `${capitalise(name)} must be 30 characters or fewer`)
      .refine((v) => v === "" || /^[+()\d\s-]{6,30}$/.test(v), {
        message: `Enter ${name} using numbers, like 01632 960 001`,
      })
      .transform((v) => (v === "" ? null : v)),
  );
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

type DateOptions = {
  /** How the date is named in messages, in lower case: "the date of birth". */
  name: string;
  required: boolean;
  /** Today's date as YYYY-MM-DD when the date must not be in the future. */
  notAfter?: string;
  /** Leave the day out: the form asks for month and year only. */
  monthOnly?: boolean;
};

/**
 * A date typed as day, month and year boxes, returned as "YYYY-MM-DD" (or null when optional and
 * left empty). Example message: "Enter the date of birth, for example 27 3 2017".
 */
export function calendarDate({ name, required, notAfter, monthOnly = false }: DateOptions) {
  const example = monthOnly ? "for example 3 2024" : "for example 27 3 2017";
  const parts = z.object({ day: z.preprocess(asString, z.string()), month: z.preprocess(asString, z.string()), year: z.preprocess(asString, z.string()) });
  return z.preprocess(
    (value) => (value && typeof value === "object" ? value : {}),
    parts.transform((raw, ctx): string | null => {
      const day = monthOnly ? "1" : raw.day.trim();
      const month = raw.month.trim();
      const year = raw.year.trim();
      if (!raw.day.trim() && !month && !year) {
        if (required) ctx.addIssue({ code: "custom", message: `Enter ${name}, ${example}` });
        return null;
      }
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
        ctx.addIssue({ code: "custom", message: `Enter ${name} as numbers, ${example}` });
        return null;
      }
      const [d, m, y] = [Number(day), Number(month), Number(year)];
      if (y < 1900 || !isRealDate(y, m, d)) {
        ctx.addIssue({ code: "custom", message: `${capitalise(name)} must be a real date, ${example}` });
        return null;
      }
      const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      if (notAfter && iso > notAfter) {
        ctx.addIssue({ code: "custom", message: `${capitalise(name)} must be today or in the past` });
        return null;
      }
      return iso;
    }),
  );
}

/** "the date of birth" → "Date of birth", for the start of a sentence. */
function capitalise(text: string): string {
  const trimmed = text.replace(/^the /, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Ticked checkboxes: none, one or several values, each one of `allowed`. */
export function checkboxes<T extends string>(allowed: readonly T[], message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(allowed as [T, ...T[]], { error: message })),
  );
}

/** One choice from radio buttons, or null when none is chosen. */
export function optionalChoice<T extends string>(allowed: readonly T[], message: string) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.enum(allowed as [T, ...T[]], { error: message }).nullable(),
  );
}

/** Splits "YYYY-MM-DD" into the parts a date field shows. */
export function dateParts(iso: string | null | undefined): { day: string; month: string; year: string } {
  if (!iso) return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}
