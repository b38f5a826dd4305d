// One provision line as a sentence, so the wording check reads it the way a parent would.
import { describeWeekdays } from "../delivery/how-often";

import { plural } from "../presentation";

export type ProvisionWording = {
  what: string;
  who: string | null;
  /** The plan's words for how often, kept only on lines from before "how often" was a number. */
  frequency: string | null;
  sessionsPerWeek: number | null;
  /** The weekdays chosen (1 = Monday … 5 = Friday); empty or missing when not chosen. */
  sessionWeekdays?: readonly number[];
  durationMinutes: number | null;
  groupSize: string | null;
};

const NUMBER_WORDS = ["no", "once", "twice", "three times", "four times", "five times"];

/**
 * Builds the sentence the wording check reads from the parts of a provision line. How often is
 * the number of sessions a week (and the days, when chosen); the plan's old words only stand in
 * where a line from before has no number.
 *
 * Example: describeProvision({ what: "Phonics group", who: "a teaching assistant", frequency: null,
 * sessionsPerWeek: 3, durationMinutes: 20, groupSize: "group of 3" }) gives
 * "Phonics group; given by a teaching assistant; three times a week; 20 minutes a session; in a group of 3".
 */
export function describeProvision(line: ProvisionWording): string {
  const days = line.sessionWeekdays?.length ? ` (${describeWeekdays(line.sessionWeekdays)})` : "";
  const often = line.sessionsPerWeek !== null ? `${timesAWeek(line.sessionsPerWeek)}${days}` : line.frequency;
  return [
    line.what,
    line.who ? `given by ${line.who}` : null,
    often,
    line.durationMinutes !== null ? `${plural(line.durationMinutes, "minute")} a session` : null,
    line.groupSize ? describeGroupSize(line.groupSize) : null,
  ]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join("; ");
}

/**
 * The group size in words, as typed but read as part of a sentence: a number or "group of 4"
 * becomes "in a group of 4"; one child alone is "one-to-one"; other words stay as typed.
 *
 * Example: describeGroupSize("Group of 4") === "in a group of 4"; describeGroupSize("1:1") ===
 * "one-to-one"; describeGroupSize("whole class") === "whole class".
 */
export function describeGroupSize(typed: string): string {
  const text = typed.trim();
  const size = /^(?:(?:in\s+)?(?:a\s+)?(?:small\s+)?group\s+of\s+)?(\d{1,3})(?:\s+(?:children|pupils|students))?$/i.exec(text);
  if (size) return Number(size[1]) === 1 ? "one-to-one" : `in a group of ${Number(size[1])}`;
  if (/^(?:1\s*:\s*1|1\s*-\s*1|one[\s-]+to[\s-]+one|individual(?:ly)?|on (?:his|her|their) own)$/i.test(text)) return "one-to-one";
  const words = /^(?:a\s+)?(small\s+)?group\s+of\s+(.+)$/i.exec(text);
  if (words) return `in a ${words[1] ?? ""}group of ${words[2]}`;
  return text;
}

function timesAWeek(sessions: number): string {
  if (sessions === 0.5) return "once every two weeks";
  if (Number.isInteger(sessions) && sessions < NUMBER_WORDS.length)
    return `${NUMBER_WORDS[sessions]} a week`;
  return `${sessions} times a week`;
}
