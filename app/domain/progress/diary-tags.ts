// The areas of need to suggest as tags for a home diary entry, from the domain's classifier.
// A suggestion only: the parent sees the tags after saving and can change them.

import type { AreaOfNeed } from "../areas-of-need";
import { classifyNeed } from "../needs/classify-need";

/**
 * The classifier's confidence at which an area is suggested: 0.5 is a score of about 0.7, so one
 * clear cue ("cried", "reading") is enough, but a passing word with a low weight ("friends") is
 * not. Our own choice, so the tags stay few and mostly right.
 */
export const TAG_CONFIDENCE = 0.5;

/**
 * Suggested tags for an entry, most likely first.
 *
 * Example: suggestDiaryTags("Covered his ears in assembly because it was too loud") gives ["sensory_physical"].
 */
export function suggestDiaryTags(text: string): AreaOfNeed[] {
  return classifyNeed(text)
    .filter((suggestion) => suggestion.confidence >= TAG_CONFIDENCE)
    .map((suggestion) => suggestion.area);
}
