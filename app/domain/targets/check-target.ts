// The target check: is a support-plan target or an EHC plan outcome specific, measurable and
// time-bound? Outcomes should be SMART (law catalogue R-EHCP-OUTCOMES) and support plans should
// say what difference the help should make and by when (R-SCH-APDR-PLAN).

export const TARGET_ASPECTS = ["specific", "measurable", "time_bound"] as const;
export type TargetAspect = (typeof TARGET_ASPECTS)[number];

export type TargetCheck = {
  verdict: "smart" | "not_smart";
  missing: TargetAspect[];
  suggestion: string;
  rules: string[];
};

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

const TIME_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\bby\\s+(the\\s+)?(end|start|beginning|middle)\\s+of\\b`, "i"),
  new RegExp(`\\b(by|before|in|until)\\s+(${MONTHS})\\b`, "i"),
  /\bby\s+(year|yr|y)\s*\d+\b/i,
  /\bby\s+(the\s+)?(next|summer|autumn|spring|christmas|easter|half[- ]term|february|review)\b/i,
  /\bby\s+\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?\b/i,
  /\bby\s+(the\s+)?\d{1,2}(st|nd|rd|th)?\s+/i,
  /\b(within|in|over|after)\s+(the\s+next\s+|a\s+|an\s+)?(\d+|one|two|three|four|five|six|eight|ten|twelve)[\s-]+(school\s+)?(days?|weeks?|months?|terms?|years?)\b/i,
  /\b(this|next|by next|end of (this|the))\s+(term|half[- ]term|school year|academic year|year)\b/i,
  /\bby\s+the\s+time\b/i,
  /\b(end|completion) of (key stage|ks|reception|year|term|the (school|academic) year)\b/i,
  /\bat the (next|annual) review\b/i,
  /\b20\d\d\b/,
];

const NUMBER_PATTERN =
  /\b\d+(\.\d+)?\s*%?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|once|twice|half)\b/i;

/** Verbs whose result can be seen or counted. */
const OBSERVABLE_VERBS =
  /\b(read|reads|write|writes|spell|spells|say|says|name|names|count|counts|use|uses|ask|asks|answer|answers|initiate|initiates|explain|explains|identify|identifies|complete|completes|follow|follows|recall|recalls|retell|dress|travel|walk|sit|stay|remain|attend|take part|participate|join|point|sign|request|choose|select|solve|add|subtract|tell|type|catch|hop|jump|copy|form|blend|segment|order|match|sort|greet|respond|communicate|describe|record|hold|manage to|cross|wait|put on|tie|pack|secure|start|pass|gain a place|get|make|makes|plan|plans|go|goes|buy|buys|cook|wash|eat|drink|play|share|take turns|produce|pronounce|achieve|achieves|revise|revises|put|puts)\b/i;

/** Words that say only that something will get better, with nothing to check it against. */
const VAGUE_CHANGE =
  /\b(improve|improves|improved|improving|develop|develops|developing|increase|increases|enhance|better|more (confident|independent|successfully|effectively|able)|effectively|successfully|progress|work towards|be supported|be encouraged|achieve (his|her|their) potential|reach (his|her|their) potential|be happy|be happier|feel|be aware|understand|gain (independence|confidence)|manage (his|her|their) (autism|emotions|behaviour|feelings) better|measurably)\b/i;

/** Domain words that alone do not say which skill. */
const GENERIC_DOMAIN =
  /^(literacy|numeracy|reading|writing|maths|communication|social|skills?|behaviour|confidence|independence|potential|learning|language|speech|emotional|regulation|wellbeing|organisational|attention|focus|self[- ]esteem|friendships?)$/i;

/** Provision described as if it were a target ("3 hours of therapy a week"). */
const PROVISION_NOT_OUTCOME = /\b(hours?|sessions?)\s+(of\s+)?(speech|therapy|support|ta|teaching assistant|support assistant)|\bgets\s+\d+\s+hours\b|\bhours of (ta|support)\b/i;

const STOP_WORDS = new Set(
  "a an the and or of to for from with in on at by be is are will would can as it his her their them him he she they this that so able when during within over more less than into about has have had being been who which what x child pupil".split(
    " ",
  ),
);

/**
 * Checks one target or outcome.
 *
 * Example: checkTarget("X will improve his literacy") gives verdict "not_smart" and missing
 * ["specific", "measurable", "time_bound"]; checkTarget("Sam will learn 20 new words by next term")
 * gives verdict "smart".
 */
export function checkTarget(text: string): TargetCheck {
  const line = text.replace(/\s+/g, " ").trim();
  const isProvision = PROVISION_NOT_OUTCOME.test(line);
  const hasTime = TIME_PATTERNS.some((pattern) => pattern.test(line));
  const hasNumber = NUMBER_PATTERN.test(line.replace(/\b20\d\d\b/g, " ").replace(/\b(year|yr|y|key stage|ks)\s*\d+\b/gi, " "));
  const hasObservable = OBSERVABLE_VERBS.test(line);
  // A benefit clause ("so that her teachers understand her", "in order to join in") says why the
  // outcome matters; its words do not make the outcome itself vague.
  const hasVagueChange = VAGUE_CHANGE.test(line.replace(/\b(so that|so he|so she|so they|in order to|this is so)\b.*$/i, ""));
  const hasCriterion = /\b(accurately|correctly|every time|each time|independently|without (adult |any )?(help|support|prompt|prompting|reminders?)|unaided|on (his|her|their) own|with no (help|prompts?))\b/i.test(line);
  const contentWords = line
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  const specificWords = contentWords.filter((word) => !GENERIC_DOMAIN.test(word) && !VAGUE_CHANGE.test(word));

  const isSpecific = !isProvision && specificWords.length >= 3 && (hasObservable || hasNumber);
  const isMeasurable = !isProvision && (hasNumber || (hasObservable && (hasCriterion || !hasVagueChange)));

  const missing: TargetAspect[] = [];
  if (!isSpecific) missing.push("specific");
  if (!isMeasurable) missing.push("measurable");
  if (!hasTime) missing.push("time_bound");
  return {
    verdict: missing.length === 0 ? "smart" : "not_smart",
    missing,
    suggestion: suggestTarget(missing, isProvision),
    rules: ["R-EHCP-OUTCOMES", "R-SCH-APDR-PLAN"],
  };
}

function suggestTarget(missing: readonly TargetAspect[], isProvision: boolean): string {
  if (missing.length === 0) return "This target says what your child will do, how you will know, and by when.";
  const parts: string[] = [];
  if (isProvision) parts.push("This describes the help to be given, not the difference it should make for your child.");
  if (missing.includes("specific")) parts.push("Ask for the exact skill or behaviour your child will show, and where.");
  if (missing.includes("measurable")) parts.push("Ask how success will be counted or seen, for example \"on 4 out of 5 days\" or \"20 new words\".");
  if (missing.includes("time_bound")) parts.push("Ask for the date it should be reached, for example \"by the end of the spring term\".");
  parts.push('For example: "By the end of the spring term, your child will read 40 of the first 100 common words without help."');
  return parts.join(" ");
}
