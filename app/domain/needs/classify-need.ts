// Suggests which of the four broad areas of need (R-DEF-AREAS) a parent's note is about, so the
// app can offer tags for diary entries and signs. A suggestion only: the parent decides.

import { AREAS_OF_NEED, type AreaOfNeed } from "../areas-of-need";

export type AreaSuggestion = { area: AreaOfNeed; confidence: number };

type Cue = { pattern: RegExp; weight: number };

const cue = (pattern: RegExp, weight = 1): Cue => ({ pattern, weight });

/**
 * Words parents use for each area, drawn from the Code of Practice's descriptions (6.28–6.35)
 * and the signs in the parents' guide, plus the everyday ways parents describe them. Each cue
 * counts once however often it appears, so a long note does not outweigh a short, clear one.
 */
const CUES: Record<AreaOfNeed, readonly Cue[]> = {
  communication_interaction: [
    cue(/\b(speech|speak\w*|talk(s|ed|ing)?|sentences?|language|vocabulary|stammer\w*|stutter\w*|pronounc\w*|mispronounc\w*|unclear words|hard to understand (him|her|them)|find the words?|get (his|her|their) words out)\b/i),
    cue(/\b(understand\w* (what|instructions|questions|the question|what (was|is) (said|asked))|follow\w* (instructions|directions)|instructions?|too many words|takes? (things|everything|it) literally|literal\w*|what (he|she|they) (is|was|are|were) (told|asked))\b/i, 1.2),
    cue(/\b(eye contact|conversations?|turn[- ]taking|take turns|social (cues|skills|communication|rules)|body language|facial expressions?|non[- ]?verbal|echolali\w*|repeats? (phrases|lines|words)|scripting|selective(ly)? mut\w*|stopped talking|won'?t (talk|speak)|doesn'?t (talk|speak|answer|reply|respond))\b/i, 1.5),
    cue(/\b(friends?|friendships?|play(s|ed|ing)? (alone|on (his|her|their) own|by (him|her|them)sel\w*)|join in|joining in|other children|peers|fall(s|ing)? out with|left out|nobody to play with|no one to play with)\b/i, 0.7),
    cue(/\b(routines?|change[sd]? (to|in|of) (the )?(plan|routine|teacher|timetable|classroom)|any change|sudden change|unexpected|surprises?|supply teacher|new teacher|transitions?|same way|same order|same thing every|has to be (just )?right)\b/i, 0.8),
    cue(/\b(autis\w*|asc|asd|dld|pda|salt|speech and language|social communication)\b/i, 1.5),
  ],
  cognition_learning: [
    cue(/\b(read|reads|reading|reader|phonics|spell\w*|letters?|books?|sounds? (the )?letters|blend(s|ing)?|sound(s|ing)? out words|b and d|reverses?|reversals?|back to front|comprehension)\b/i),
    cue(/\b(write|writes|writing|written work|sentences on paper|get (his|her|their) ideas down|ideas (down|on paper))\b/i, 0.8),
    cue(/\b(maths?|numbers?|count\w*|times tables?|sums?|adding|addition|subtract\w*|take ?away|multipl\w*|division|divid\w*|money|fractions|telling the time|tell the time|number bonds)\b/i),
    cue(/\b(remember\w*|forget\w*|forgot(ten)?|memory|recall|goes blank|mind goes blank|retain\w*|learn(s|ed|t)? it one day)\b/i, 1.2),
    cue(/\b(homework|learning|behind (in|with|the others|his|her|their)|falling behind|slower than|catch up|processing|process(es)? information|takes? (him|her|them) (much )?longer|needs? more time|extra time|slow to (start|finish|answer|respond|understand)|doesn'?t (get|understand) it)\b/i),
    cue(/\b(organis\w*|disorganis\w*|sequenc\w*|order of|steps|plan(ning)? (his|her|their) work|loses? (his|her|their) (things|books|bag)|problem[- ]solving)\b/i, 0.8),
    cue(/\b(dyslexi\w*|dyscalculi\w*|learning difficult\w*|learning disabilit\w*|mld|spld|global delay|developmental delay)\b/i, 1.5),
  ],
  semh: [
    cue(/\b(anxi\w*|worr\w*|scared|afraid|nervous|panic\w*|fear\w*|on edge|clingy|stomach ?aches? before|tummy ?aches? before|sick (every morning|before school))\b/i, 1.2),
    cue(/\b(meltdowns?|shut ?downs?|tantrums?|rage|angry|anger|outbursts?|temper|explod\w*|explosive|lash\w* out|hit(s|ting)?|kick\w*|bit(e|es|ing)|threw (his|her|their|a|the|things|stuff|it|chairs?|books?)|throws? things|throwing things|screamed|screaming|swear\w*|violent|aggress\w*|destroy\w*)\b/i, 1.2),
    cue(/\b(cry|cries|cried|crying|tears|tearful|upset|sad|unhappy|low mood|feels? low|so low|down in the dumps|miserable|lonely|hopeless|worthless|hate[sd]? (school|myself|himself|herself|themselves|my life)|wants? to die|wish(es|ed)? (he|she|they|i) (was|were)n'?t (here|alive|born))\b/i),
    cue(/\b(self[- ]harm\w*|hurt(s|ing)? (him|her|them)sel\w*|cut(s|ting)? (him|her|them)sel\w*|scratch\w* (him|her|them)sel\w*|head[- ]?bang\w*|suicid\w*)\b/i, 1.8),
    cue(/\b(refus\w*|won'?t go( in| to school)?|wouldn'?t go( in| to school)?|couldn'?t get (him|her|them) (in|to school|out of the car)|school avoid\w*|avoid\w*|attendance|stayed (at )?home|off school|didn'?t go in|emotionally based school non[- ]attendance|ebsna?)\b/i),
    cue(/\b(attention|concentrat\w*|focus\w*|fidget\w*|impulsiv\w*|distract\w*|daydream\w*|zon(es|ed|ing) out|can'?t sit still|hyperactiv\w*|adhd)\b/i),
    cue(/\b(mood|moods|emotion\w*|feelings?|regulat\w*|dysregulat\w*|calm down|overwhelm\w*|withdrawn|quiet and|bullied|bullying|exclu\w*|detention|isolation|masking|mask(s|ed)? all day|trauma\w*|self[- ]esteem|confidence)\b/i, 0.8),
  ],
  sensory_physical: [
    cue(/\b(noise|noises|noisy|loud|too much sound|hands over (his|her|their) ears|covers? (his|her|their) ears|ear defenders|bright|lights?|fluorescent|smells?|textures?|labels in|labels on|seams|clothes|socks|uniform|touch\w*|being touched|crowds?|busy (places|rooms|hall|corridors))\b/i),
    cue(/\b(sensory|seeking|spinning|rocking|chew\w*|sit still|wriggl\w*|crash(es|ing)? into|flapping|stimming|stims?)\b/i, 1.2),
    cue(/\b(handwriting|pencil|pen grip|grip|scissors|buttons|zips?|laces|shoelaces|fine motor|cutlery|knife and fork|dressing|getting dressed|writing hurts|hand hurts|messy writing)\b/i, 1.2),
    cue(/\b(clumsy|falls? over|fell over|falling over|trips?|tripping|balance|catch(es|ing)? (a )?ball|coordinat\w*|co-ordinat\w*|bump(s|ed|ing)? into|stairs|pe lessons?|pe\b|gross motor|dyspraxi\w*|dcd|ride a bike)\b/i, 1.2),
    cue(/\b(tired\w*|fatigue\w*|exhausted|exhaustion|worn out|no energy|pain|painful|aches?|aching|hurts?|headaches?|migraines?|sore)\b/i, 0.8),
    cue(/\b(hearing|hear the teacher|can'?t hear|deaf\w*|glue ear|hearing aids?|grommets|glasses|eyesight|sight(?! words?)|vision|visual impairment|see the board|squint\w*|short[- ]sighted|blind\w*)\b/i, 1.3),
    cue(/\b(toilet\w*|wet (him|her|them)sel\w*|wetting|soil\w*|accidents? (at|in) school|nappies|nappy|pull[- ]ups|continence)\b/i, 1.3),
    cue(/\b(wheelchair|mobility|walking|walker|crutches|physio\w*|occupational therap\w*|cerebral palsy|hypermobil\w*|epilep\w*|seizures?|diabet\w*|medical condition|medication|medical)\b/i, 1.3),
  ],
};

/**
 * Phrases that say a difficulty is absent ("no problems with reading", "fine with noise"). A cue
 * that follows one in the same clause counts for a quarter of its weight: the parent mentioned
 * the area, but not as a worry. Words like "can't" and "won't" are not treated as negation,
 * because parents use them to describe the difficulty itself ("can't read", "won't go in").
 */
const NEGATION =
  /\b(no|not any|without any|without) (real |big |major |particular )?(problems?|issues?|difficult(y|ies)|concerns?|trouble|worries)\b|\b(is|are|was|were)(n'?t| not) (a |an )?(problem|issue|concern|worry|worried|bothered)|\bnot (worried|bothered|upset|anxious|concerned)\b|\b(fine|good|great|brilliant|fantastic|excellent|ok|okay|confident|no problem) (with|at)\b|\bno longer\b|\bnever (has|had|been|seems)\b/i;

/** How much a negated cue still counts. */
const NEGATED_WEIGHT = 0.25;

/** Clauses: a negation in one clause does not reach a cue in the next ("fine with maths but can't spell"). */
function splitClauses(text: string): string[] {
  return text.split(/[.!?;:\n]+|\s+(?:but|although|though|however|whereas|yet)\s+/i).filter((clause) => clause.trim() !== "");
}

function scoreCue(clauses: readonly string[], { pattern, weight }: Cue): number {
  let best = 0;
  for (const clause of clauses) {
    const match = pattern.exec(clause);
    if (!match) continue;
    // The cue word itself is included, so "not worried" is read as a negated "worried".
    const isNegated = NEGATION.test(clause.slice(0, match.index + match[0].length));
    best = Math.max(best, isNegated ? weight * NEGATED_WEIGHT : weight);
  }
  return best;
}

/**
 * Scores a note against each area and returns the areas it seems to be about, most likely first.
 * Confidence is between 0 and 1: 1 − e^(−score), where the score adds up the weights of the cues found.
 *
 * Example: classifyNeed("He covers his ears in assembly because it is too loud") gives
 * [{ area: "sensory_physical", confidence: 0.63 }].
 */
export function classifyNeed(text: string): AreaSuggestion[] {
  const clauses = splitClauses(typeof text === "string" ? text : "");
  const scores = AREAS_OF_NEED.map((area) => ({
    area,
    score: CUES[area].reduce((sum, entry) => sum + scoreCue(clauses, entry), 0),
  }));
  return scores
    .filter((entry) => entry.score > 0)
    .map((entry) => ({ area: entry.area, confidence: Math.round((1 - Math.exp(-entry.score)) * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence);
}
