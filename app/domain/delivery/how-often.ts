// One "how often" for a line of support: a number of sessions a week, and the weekdays they fall
// on when the parent knows them. Words a plan uses ("twice a week", "daily", "3x weekly") are read
// into that number, so the number is the one record of how often, and the delivery log, the audit
// and the letters all count from it.

/** The school days, 1 = Monday … 5 = Friday, as `dayOfWeek` numbers them. */
export const SCHOOL_WEEKDAYS = [1, 2, 3, 4, 5] as const;
export type SchoolWeekday = (typeof SCHOOL_WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<SchoolWeekday, string> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
};

const COUNT_WORDS: Record<string, number> = {
  once: 1, one: 1, twice: 2, two: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const COUNT = "(\\d{1,2}(?:\\.\\d+)?|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten)";
const TIMES = "(?:\\s*(?:x|times?|sessions?|lessons?|slots?|periods?)\\b)?";
const PER_WEEK = "(?:a|per|each|every|\\/|in\\s+a|in\\s+the)?\\s*(?:school\\s+)?(?:week|wk)\\b|weekly\\b|pw\\b|p\\/w\\b";
const PER_FORTNIGHT = "(?:a|per|each|every|\\/)?\\s*fortnight\\b|fortnightly\\b|(?:a|per|each|every)\\s+(?:two|2)\\s+weeks\\b";

function countOf(word: string): number {
  return COUNT_WORDS[word] ?? Number(word);
}

/**
 * The sessions a week that a plan's words say, or null when they do not give a number.
 *
 * Examples: "twice a week" → 2; "daily" → 5; "3x weekly" → 3; "Three times a week" → 3;
 * "every morning" → 5; "weekly" → 1; "once a fortnight" → 0.5; "fortnightly" → 0.5;
 * "when needed" → null; "regularly" → null.
 */
export function readSessionsPerWeek(words: string | null | undefined): number | null {
  if (!words) return null;
  const text = words.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  if (text === "") return null;
  // "4 x 20 minutes per week", "2 sessions of 30 minutes a week": the count comes before the length.
  const perWeek =
    new RegExp(`\\b${COUNT}\\s*(?:x|times|sessions? of)\\s*\\d+\\s*(?:mins?|minutes?)\\s*(?:${PER_WEEK})`).exec(text) ??
    new RegExp(`\\b${COUNT}${TIMES}\\s*(?:${PER_WEEK})`).exec(text);
  if (perWeek) return countOf(perWeek[1]!);
  const perFortnight = new RegExp(`\\b${COUNT}${TIMES}\\s*(?:${PER_FORTNIGHT})`).exec(text);
  if (perFortnight) return countOf(perFortnight[1]!) / 2;
  if (/\b(?:daily|every (?:school )?day|each (?:school )?day|every (?:morning|afternoon)|each (?:morning|afternoon)|every lunch ?time|mon(?:day)?\s*(?:-|–|to)\s*fri(?:day)?)\b/.test(text)) return 5;
  if (/\b(?:fortnightly|every (?:other|two|2) weeks?)\b/.test(text)) return 0.5;
  if (/\bweekly\b|\bevery week\b|\beach week\b|\ba (?:session|lesson) (?:a|per|each|every) week\b/.test(text)) return 1;
  const days = readWeekdays(text);
  return days.length > 0 ? days.length : null;
}

/**
 * The weekdays named in words, Monday first: "Monday and Thursday" → [1, 4], "Tues/Fri" → [2, 5].
 * Only days named on their own count; "every day" names none.
 */
export function readWeekdays(words: string): SchoolWeekday[] {
  const text = words.toLowerCase();
  const patterns: Array<[SchoolWeekday, RegExp]> = [
    [1, /\bmon(?:day)?s?\b/],
    [2, /\btue(?:s(?:day)?)?s?\b/],
    [3, /\bwed(?:nesday)?s?\b/],
    [4, /\bthu(?:rs(?:day)?)?s?\b/],
    [5, /\bfri(?:day)?s?\b/],
  ];
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([day]) => day);
}

/**
 * Why these weekdays cannot go with this number of sessions a week, or null when they can: one
 * day for each session (one day for a session every other week); no days chosen is always fine.
 *
 * Example: checkWeekdays(3, [1, 3]) === "You chose 2 days but 3 sessions a week. Choose 3 days, or change the number."
 */
export function checkWeekdays(sessionsPerWeek: number | null, weekdays: readonly number[]): string | null {
  if (weekdays.length === 0 || sessionsPerWeek === null) return null;
  if (sessionsPerWeek < 1) return weekdays.length === 1 ? null : "For a session every other week, choose one day.";
  if (sessionsPerWeek > 5) return "Choose the days only for 5 sessions a week or fewer. For more, leave the days empty.";
  if (!Number.isInteger(sessionsPerWeek)) return "Choose the days only for a whole number of sessions a week.";
  if (weekdays.length !== sessionsPerWeek)
    return `You chose ${weekdays.length} day${weekdays.length === 1 ? "" : "s"} but ${sessionsPerWeek} session${sessionsPerWeek === 1 ? "" : "s"} a week. Choose ${sessionsPerWeek} day${sessionsPerWeek === 1 ? "" : "s"}, or change the number.`;
  return null;
}

/** The days in words, e.g. describeWeekdays([1, 3, 5]) === "Monday, Wednesday and Friday". */
export function describeWeekdays(weekdays: readonly number[]): string {
  const names = [...weekdays].sort((a, b) => a - b).map((day) => WEEKDAY_LABELS[day as SchoolWeekday]).filter(Boolean);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}
