// Word patterns shared by the provision wording check and the recommendation extractor: how a
// line says what happens, who does it, how often, for how long and in what group.

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|a|an|half an?";

/** Times something happens: "3 x weekly", "twice a week", "every morning", "termly". */
export const FREQUENCY_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(\\d+|${NUMBER_WORDS}|once|twice|thrice)\\s*(x|×|times?)?\\s*(sessions?\\s*)?(a|per|each|every|in a|in each)\\s+(school\\s+)?(day|week|fortnight|term|half[- ]term|month|lesson|morning|afternoon|session)s?\\b`,
    "i",
  ),
  /\b(daily|weekly|fortnightly|termly|half[- ]termly|monthly|twice[- ]weekly|bi[- ]weekly|annually)\b/i,
  /\b(each|every|per)\s+(school\s+)?(day|week|fortnight|term|half[- ]term|month|lesson|morning|afternoon|session|transition|hour)s?\b/i,
  /\bhourly\b/i,
  /\ba\s+(day|week|fortnight|term|month)\b/i,
  /\bevery\s+(two|three|four|2|3|4|other)\s+(days|weeks|lessons)\b/i,
  /\b\d+\s*(x|×)\s*\d*/i,
  /\b(on|every)\s+(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b/i,
  // Provision maps abbreviate "per week".
  /\b(pw|p\.w\.|per wk)(?=\W|$)/i,
];

/** Provision that runs all the time covers both how often and how long. */
export const CONTINUOUS_PATTERNS: readonly RegExp[] = [
  /\b(all|every|each)\s+(core\s+|of (his|her|their)\s+)?(lessons?|subjects?|classes|school days?)\b/i,
  /\bthroughout\s+the\s+(school\s+)?(day|week)\b/i,
  /\bacross\s+(all|the)\s+(lessons?|curriculum|school day|day)\b/i,
  /\bfull[- ]time\b/i,
  /\bat all times\b/i,
  /\b(play|break|lunch)\s*(time|times)?\b.*\b(and|&)\b.*\b(lunch|break|play)\s*(time|times)?\b/i,
  /\bunstructured (times|periods)\b/i,
];

/** How long each time: "30 minutes", "45-minute", "an hour", "2 hours per week". */
export const DURATION_PATTERNS: readonly RegExp[] = [
  /\b\d+(\.\d+)?\s*(-|–|to)?\s*\d*\s*-?\s*(minutes?|mins?|hours?|hrs?|hr)\b/i,
  new RegExp(`\\b(${NUMBER_WORDS})[- ](minutes?|mins?|hours?)\\b`, "i"),
  /\bhalf an hour\b/i,
  // How long a programme runs ("for 6 weeks", "a 10-week block"): it bounds the amount, so it
  // counts as saying how long, though a parent may still want each session's length.
  new RegExp(`\\bfor\\s+(\\d+|${NUMBER_WORDS})\\s+(school\\s+)?(weeks|terms|months)\\b`, "i"),
  /\b\d+[- ]week\s+(programme|block|course|intervention)\b/i,
];

/** Weekly hours give both the amount and the rhythm: "15 hours per week". */
export const WEEKLY_HOURS_PATTERN = /\b\d+(\.\d+)?\s*(hours?|hrs?)\s*(of\b.*?\b)?(per|a|each)\s+week\b/i;

/**
 * A number of hours is an amount on its own: the Code of Practice quantifies provision "in terms
 * of the type, hours and frequency of support" (R-EHCP-F-SPECIFIC). "32.5 hours per week",
 * "10 hours", "1 hr 1-2-1 a week". An hour-long session ("one hour each week") is a duration.
 */
export const HOURS_PATTERN = /\b\d+(\.\d+)?\s*(hours?|hrs?)\b(?!\s*-?\s*long)/i;

/**
 * Sessions counted over a period named anywhere in the line: "2 sessions of 30 minutes" with
 * "per week", "each term" or "weekly" elsewhere.
 */
export const COUNTED_SESSIONS_PATTERN = new RegExp(
  `\\b(\\d+|${NUMBER_WORDS})\\s*(x|×)?\\s*(sessions?|lessons?|visits?|blocks?)\\s+of\\b`,
  "i",
);
export const PERIOD_PATTERN = /\b(per|a|each|every|this|the)\s+(school\s+)?(day|week|fortnight|term|half[- ]term|month|year)\b|\b(daily|weekly|fortnightly|termly|half[- ]termly|monthly|annually|pw)\b/i;

/**
 * A staffing ratio or a class or group size: "1:1", "2:1 support", "ratio of 1:4", "a class of no
 * more than 8 pupils", "class sizes of no more than 12", "one to one TA". "20:20 reading" is a
 * programme's name, so ratios stop at 15.
 */
export const RATIO_PATTERN =
  /(?<![\d:])\b([1-9]|1[0-5])\s*:\s*([1-9]|1[0-5])\b(?!\s*:)|\bone[- ]to[- ]one\b|\b1-1\b|\b1-2-1\b|\bratio of (one|\d+)\b/i;
export const CLASS_SIZE_PATTERN =
  /\b(class(es)?|class sizes?|teaching groups?|groups?)\s+(sizes?\s+)?of\s+(no more than\s+|not more than\s+|up to\s+|at most\s+|a maximum of\s+|maximum\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(no more than|not more than|(a )?maximum( of)?|max\.?)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(children|pupils|learners|students)\b/i;

/** Adult support or a teaching arrangement, where a ratio or class size is the amount. */
export const STAFFING_WORDS =
  /\b(support|supported|supervision|supervised|staffing|staff|adults?|teachers?|assistants?|tas?|lsas?|hltas?|tuition|taught|teaching|class(es)?|class sizes?|keyworkers?|key workers?)\b/i;

/** Group size or ratio: "1:1", "individual", "group of no more than 6", "pairs". */
export const GROUP_PATTERNS: readonly RegExp[] = [
  /\b\d+\s*:\s*\d+\b/,
  /\bone[- ]to[- ]one\b|\b1-1\b|\b1-2-1\b|\b121\b/i,
  /\bindividual(ly)?\b/i,
  /\bgroups?\s+of\s+(no more than\s+|not more than\s+|up to\s+|at most\s+|between\s+)?(\d+|two|three|four|five|six|seven|eight)\b/i,
  /\b(no more than|maximum of|max\.?)\s+\d+\s+(children|pupils|learners|students)\b/i,
  /\b(pairs?|paired|whole[- ]class)\b/i,
  /\bat least one other\b/i,
  /\bup to\s+(\d+|two|three|four|five|six|seven|eight)\s+(children|pupils|learners|students|others|peers)\b/i,
];

/** Who delivers it. Professional roles carry their qualification with them. */
export const PROFESSIONAL_ROLE_PATTERN =
  /\b(speech and language therapists?|speech & language therapists?|salts?|slts?|occupational therapists?|physiotherapists?|physios?|educational psychologists?|psychologists?|eps?|ots?|therapists?|specialist teachers?|qualified teachers?|teachers? of the (deaf|visually impaired)|qtods?|qtvis?|class teachers?|teachers?|sendcos?|sencos?|counsellors?|nurses?|clinicians?|rehabilitation workers?|mobility officers?|tutors?)\b/i;

export const SUPPORT_ROLE_PATTERN =
  /\b(teaching assistants?|tas?|hltas?|higher level teaching assistants?|learning support assistants?|lsas?|classroom assistants?|support assistants?|learning mentors?|mentors?|elsas?|key workers?|keyworkers?|members? of (the )?(staff|learning support team|support team)|staff members?|trained (members? of )?staff|adults?|practitioners?|learning support team)\b/i;

/** Who, in words that do not say who: "the setting will", "school staff". */
export const VAGUE_WHO_PATTERN =
  /\b(the setting will|the school will|school staff|class staff|staff as available|key adults?\b|(an?|the|familiar|same) adults?\b(?!\s*:))/i;

/** Training or qualification words. */
export const QUALIFICATION_PATTERN =
  /\b(qualified|trained|training in|training from|hcpc|registered|accredited|certified|specialist|experienced in|under the (direction|supervision|guidance) of|supervised by|overseen by|monitored by|written by|devised by|designed by|following (the )?(ot|salt|slt|ep|therapist'?s?) (guidance|advice|programme))\b/i;

/** Whether any of a list of patterns matches. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

/** The first match of any pattern, or null. */
export function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}
