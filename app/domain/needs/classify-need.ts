// Suggests which of the four broad areas of need (R-DEF-AREAS) a parent's note is about, so the
// app can offer tags for diary entries and signs. A suggestion only: the parent decides.

import { AREAS_OF_NEED, type AreaOfNeed } from "../areas-of-need";

export type AreaSuggestion = { area: AreaOfNeed; confidence: number };

type Cue = { pattern: RegExp; weight: number };

const cue = (pattern: RegExp, weight = 1): Cue => ({ pattern, weight });

/** Words parents use for each area, drawn from the Code of Practice's descriptions (6.28–6.35). */
const CUES: Record<AreaOfNeed, readonly Cue[]> = {
  communication_interaction: [
    cue(/\b(speech|speak\w*|talk\w*|words?|sentences?|language|vocabulary|stammer\w*|stutter\w*|pronounc\w*|sounds? out)\b/i),
    cue(/\b(understand\w* (what|instructions|questions)|follow\w* instructions|instructions)\b/i),
    cue(/\b(eye contact|conversation\w*|turn[- ]taking|social (cues|skills|communication)|non[- ]verbal|echolali\w*|selective mutism|mute)\b/i, 1.5),
    cue(/\b(friends?|friendships?|play(s|ed|ing)? (alone|on (his|her|their) own)|join in|other children|peers)\b/i, 0.7),
    cue(/\b(routines?|change[sd]? (to|in) (the )?(plan|routine)|transitions?|same way|literal\w*)\b/i, 0.8),
    cue(/\b(autis\w*|asc|asd|dld|salt|speech and language)\b/i, 1.5),
  ],
  cognition_learning: [
    cue(/\b(read\w*|phonics|spell\w*|writ(e|es|ing)|letters?|books?|sounds? (the )?letters)\b/i),
    cue(/\b(maths?|numbers?|count\w*|times tables?|sums?|adding|subtract\w*|money|telling the time)\b/i),
    cue(/\b(remember\w*|forget\w*|forgot|memory|recall)\b/i, 1.2),
    cue(/\b(homework|learning|behind (in|with)|falling behind|slower than|catch up|processing|takes? (him|her|them) longer)\b/i),
    cue(/\b(organis\w*|sequenc\w*|order of|steps|plan(ning)? (his|her|their) work)\b/i, 0.8),
    cue(/\b(dyslexi\w*|dyscalculi\w*|learning difficult\w*|mld|spld)\b/i, 1.5),
  ],
  semh: [
    cue(/\b(anxi\w*|worr\w*|scared|afraid|nervous|panic\w*|fear\w*)\b/i, 1.2),
    cue(/\b(meltdowns?|shut ?downs?|tantrums?|rage|angry|anger|lash\w* out|hit(s|ting)?|kick\w*|threw|throws|screamed|screaming)\b/i, 1.2),
    cue(/\b(cry|cries|cried|crying|tears|upset|sad|unhappy|low mood|miserable|lonely|self[- ]harm\w*|hate[sd]? (school|myself))\b/i),
    cue(/\b(refus\w*|won'?t go|avoid\w*|school refusal|attendance|stayed home)\b/i),
    cue(/\b(attention|concentrat\w*|focus\w*|fidget\w*|impulsiv\w*|distract\w*|adhd)\b/i),
    cue(/\b(mood|emotion\w*|feelings?|regulat\w*|calm down|overwhelm\w*|withdrawn|quiet and|bullied|exclu\w*|detention)\b/i, 0.8),
  ],
  sensory_physical: [
    cue(/\b(noise|noisy|loud|hands over (his|her|their) ears|ear defenders|bright|lights?|smells?|textures?|labels in|clothes|socks|touch\w*)\b/i),
    cue(/\b(sensory|seeking|spinning|rocking|chew\w*|can'?t sit still|sit still|wriggl\w*)\b/i, 1.2),
    cue(/\b(handwriting|pencil|pen grip|grip|scissors|buttons|zips?|laces|fine motor|cutlery|dressing)\b/i, 1.2),
    cue(/\b(clumsy|falls? over|fell over|trips?|balance|catch\w*|coordinat\w*|bump\w* into|stairs|pe lessons?|gross motor|dyspraxi\w*|dcd)\b/i, 1.2),
    cue(/\b(tired\w*|fatigue|exhausted|pain|aches?|hurts?|headaches?)\b/i, 0.8),
    cue(/\b(hearing|deaf|glasses|eyesight|vision|visual impairment|wheelchair|mobility|walking|physio\w*|epilep\w*|seizures?|medical)\b/i, 1.3),
  ],
};

/**
 * Scores a note against each area and returns the areas it seems to be about, most likely first.
 *
 * Example: classifyNeed("He covers his ears in assembly because it is too loud") gives
 * [{ area: "sensory_physical", confidence: 0.78 }].
 */
export function classifyNeed(text: string): AreaSuggestion[] {
  const scores = AREAS_OF_NEED.map((area) => ({
    area,
    score: CUES[area].reduce((sum, { pattern, weight }) => sum + (pattern.test(text) ? weight : 0), 0),
  }));
  return scores
    .filter((entry) => entry.score > 0)
    .map((entry) => ({ area: entry.area, confidence: Math.round((1 - Math.exp(-entry.score)) * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence);
}
