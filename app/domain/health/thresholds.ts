// The numbers the health check uses, each with where it comes from. Where a number is our own
// judgement rather than a figure in law or guidance, the comment says so, and what a parent
// reads presents it with `ruleOfThumb`, never as the guidance's words.

/** How a finding states a line that is ours: "Clearpath's rule of thumb (not the guidance's words) is to …". */
export function ruleOfThumb(text: string): string {
  return `Clearpath's rule of thumb (not the guidance's words): ${text}`;
}

/**
 * Reviews with the parent expected in any twelve months on SEN support: the Code of Practice
 * says schools should meet parents at least three times a year (paragraph 6.65, R-SCH-MEET-3).
 */
export const REVIEWS_EXPECTED_PER_YEAR = 3;

/**
 * A school term is about 13 weeks (three terms in a 39-week school year). Used for "a term or
 * more" in the guide's warnings about monitoring that drifts and support not reviewed for a term.
 */
export const TERM_DAYS = 91;

/**
 * A session delivery rate below 80% is "well below plan": the child missed more than one
 * planned session in five. Evidence-based interventions are tested at their full planned dose,
 * so missing more than a fifth of it weakens what the plan promised. This line is our own
 * judgement of "well below", not a figure from law or guidance; it is a named constant so it can
 * be changed in one place.
 */
export const DELIVERY_RATE_FLOOR = 0.8;

/** Below half of the planned sessions delivered, the finding is marked high severity. */
export const DELIVERY_RATE_SERIOUS = 0.5;

/**
 * A delivery rate is only worked out once enough sessions were due: with fewer than six (about
 * two weeks of a three-times-a-week intervention), one cancelled session would swing the rate
 * by more than 15 points. Our own choice.
 */
export const MIN_SESSIONS_FOR_RATE = 6;

/**
 * Progress over a cycle counts as limited when the average target rating is below half
 * (achieved = 1, partly = 0.5, not yet = 0): most targets were not met. Our own line for the
 * guide's "little or no progress".
 */
export const LIMITED_PROGRESS_SCORE = 0.5;

/**
 * Limited progress over this many reviewed assess-plan-do-review cycles is when we suggest
 * escalating (specialists, an EHC needs assessment). The Code of Practice speaks of a child who
 * "continues to make less than expected progress"; the number is our own rule of thumb.
 */
export const CYCLES_FOR_ESCALATION = 2;

/** Evidence on this many of the five signs makes inadequate progress "likely". Our own rule of thumb. */
export const SIGNS_FOR_LIKELY = 2;

/** Share of targets and provision that must match for a plan to count as repeated unchanged. Our own choice. */
export const UNCHANGED_PLAN_SHARE = 0.8;

/** How alike (shared words) a target or line of support must be to its earlier version to count as carried over. Our own choice. */
export const SAME_LINE_SHARE = 0.9;

/**
 * How alike (shared words) a professional's recommendation and a line of support must be to count
 * as the same support: the health check and the review of an EHC plan both use it. Our own choice.
 */
export const SAME_SUPPORT = 0.35;

/**
 * Standard scores have an average of 100 and a standard deviation of 15; below 85 is below the
 * average range, which is how assessment reports usually describe it.
 */
export const STANDARD_SCORE_BELOW_AVERAGE = 85;

/** A fall of 5 standard-score points (a third of a standard deviation) means falling further behind peers. Our own choice. */
export const STANDARD_SCORE_DROP = 5;

/** A reading or spelling age 12 months or more below the child's age is a clear gap. Our own choice. */
export const AGE_GAP_MONTHS = 12;

/**
 * Weekly hours of one-to-one adult time that a mainstream budget would struggle to sustain: the
 * notional SEN budget is widely reported as £6,000 a pupil a year (R-SCH-NOTIONAL), which pays
 * for roughly 10 hours a week of teaching assistant time over a 39-week year. An estimate, not a rule.
 */
export const UNSUSTAINABLE_ONE_TO_ONE_HOURS = 10;

/** A child's own rating in the bottom fifth of its scale counts as distress. Our own choice. */
export const CHILD_RATING_LOW_SHARE = 0.2;

// The school day (issue 22). The numbers of the law and guidance are the law catalogue's and
// school-day/school-day-rules.ts's; these are ours, and a finding that uses one says so.

/**
 * How far back the health check looks at school-day records: about two terms (26 weeks). Older
 * records stay on the school-day page and in the pack, but are history, not something to act on
 * now. Our own choice.
 */
export const SCHOOL_DAY_LOOKBACK_DAYS = 182;

/**
 * Informal exclusions within the look-back that make a pattern, and the finding serious: one is
 * already unlawful (R-DAY-EXCL-INFORMAL); a second shows it is how the school is managing. Our
 * own rule of thumb, not the guidance's.
 */
export const INFORMAL_EXCLUSIONS_REPEATED = 2;

/**
 * School days of suspension in a school year at which the health check says the 45-day limit
 * (R-DAY-EXCL-45) is getting close: 10 school days (two school weeks) left. Our own choice.
 */
export const SUSPENSION_DAYS_NEAR_CAP = 35;

/**
 * School days of education lost in one term (every cause together) above which the health check
 * raises it: more than a school week. Our own line, not the law's; the law's lines are per cause
 * (5 and 15 days of suspension in a term, 15 school days of illness in a year).
 */
export const EDUCATION_LOST_TERM_DAYS = 5;

/** Above this many school days lost in a term (three school weeks), the finding is serious. Our own line. */
export const EDUCATION_LOST_TERM_DAYS_SERIOUS = 15;

/**
 * School days of absence for health reasons in a school year, consecutive or not, at which the
 * council should arrange education (R-DAY-HEALTH-15): the guidance's number, not ours, and not
 * the statutory trigger — the section 19 duty applies for any period (R-DAY-S19).
 */
export const HEALTH_ABSENCE_SCHOOL_DAYS = 15;

// The tribunal (issue 23). The tribunal's own numbers (page limits, a report's age) are in
// domain/tribunal/page-limits.ts; this one is ours.

/**
 * Days before the family's final evidence date in the tribunal's directions from which the health
 * check says to send it, while the bundle is not marked as sent: two weeks, time to ask a
 * professional for a missing report or letter. Our own line, not the tribunal's.
 */
export const APPEAL_EVIDENCE_DUE_DAYS = 14;
