// How Clearpath writes counts, rates and lengths of time for people: "1 day", "3 lines", "58%",
// "1 hour 30 minutes". One rounding rule for rates, so the dashboard, the audit, its PDF and CSV,
// letters and findings always show the same number. Decision 023.

/** "1 day", "3 days", "0 days"; give the plural when it is not the word plus "s": plural(2, "child", "children"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** The word alone, for sentences that put the number elsewhere: pluralWord(1, "session") === "session". */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/**
 * A rate (0 to 1) as a whole percentage, rounded down: 0.756 → 75, 7/12 → 58. Rounded down so a
 * rate just under a line (80%) never shows as on it; the tiny allowance stops 0.58 (stored as
 * 0.57999…) showing as 57.
 */
export function percent(rate: number): number {
  return Math.floor(rate * 100 + 1e-9);
}

/** A rate for people: 0.756 → "75%", null (nothing to count) → "Not known" or the words given. */
export function formatRate(rate: number | null, whenUnknown = "Not known"): string {
  return rate === null ? whenUnknown : `${percent(rate)}%`;
}

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A number for people, with thousands separated and at most two decimals: 1500 → "1,500", 2.345 → "2.35". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Minutes for people: 90 → "1 hour 30 minutes", 20 → "20 minutes", null → "Not known". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "Not known";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? plural(hours, "hour") : "", rest > 0 || hours === 0 ? plural(rest, "minute") : ""];
  return parts.filter(Boolean).join(" ");
}

/** A wait in plain words, rounded up: 30 → "30 seconds", 61 → "2 minutes", 60 → "1 minute". */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return plural(whole, "second");
  return plural(Math.ceil(whole / 60), "minute");
}

const AND = new Intl.ListFormat("en-GB", { type: "conjunction" });
const OR = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** A list in a sentence: ["a", "b", "c"] → "a, b and c"; with "or" → "a, b or c". */
export function formatList(items: readonly string[], joiner: "and" | "or" = "and"): string {
  return (joiner === "and" ? AND : OR).format(items);
}
