// One provision line as a sentence, so the wording check reads it the way a parent would.

import { plural } from "../presentation";

export type ProvisionWording = {
  what: string;
  who: string | null;
  frequency: string | null;
  sessionsPerWeek: number | null;
  durationMinutes: number | null;
  groupSize: string | null;
};

const NUMBER_WORDS = ["no", "once", "twice", "three times", "four times", "five times"];

/**
 * Builds the sentence the wording check reads from the parts of a provision line. The typed
 * "how often" wins over the number of sessions a week, because it is what the plan says.
 *
 * Example: describeProvision({ what: "Phonics group", who: "a teaching assistant", frequency: null,
 * sessionsPerWeek: 3, durationMinutes: 20, groupSize: "group of 3" }) gives
 * "Phonics group; given by a teaching assistant; three times a week; 20 minutes a session; group of 3".
 */
export function describeProvision(line: ProvisionWording): string {
  const often =
    line.frequency ?? (line.sessionsPerWeek !== null ? timesAWeek(line.sessionsPerWeek) : null);
  return [
    line.what,
    line.who ? `given by ${line.who}` : null,
    often,
    line.durationMinutes !== null ? `${plural(line.durationMinutes, "minute")} a session` : null,
    line.groupSize,
  ]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join("; ");
}

function timesAWeek(sessions: number): string {
  if (Number.isInteger(sessions) && sessions < NUMBER_WORDS.length)
    return `${NUMBER_WORDS[sessions]} a week`;
  return `${sessions} times a week`;
}
