// The provision wording check: can a parent, a school and a tribunal all tell from this line
// whether the provision was delivered? Section F of an EHC plan must be "detailed and specific
// and should normally be quantified" (law catalogue R-EHCP-F-SPECIFIC); a school's SEN support
// plan should say what support will be given (R-SCH-APDR-PLAN).

import {
  CONTINUOUS_PATTERNS,
  DURATION_PATTERNS,
  FREQUENCY_PATTERNS,
  GROUP_PATTERNS,
  matchesAny,
  PROFESSIONAL_ROLE_PATTERN,
  QUALIFICATION_PATTERN,
  SUPPORT_ROLE_PATTERN,
  VAGUE_WHO_PATTERN,
  WEEKLY_HOURS_PATTERN,
} from "./provision-patterns";

export const WORDING_ASPECTS = ["what", "who", "frequency", "duration", "group_size", "qualification"] as const;
export type WordingAspect = (typeof WORDING_ASPECTS)[number];

export type WordingCheck = {
  verdict: "specific" | "vague";
  missing: WordingAspect[];
  vagueTerms: string[];
  suggestion: string;
  rules: string[];
};

/**
 * Hedges that leave the amount to someone's discretion wherever they appear. Sources: SEND
 * Code of Practice 9.69; Worcestershire CC v SE [2020] UKUT 217 (AAC) para 74; the IPSEA,
 * SOSSEN and SENDIASS checklists quoted in the development set.
 */
const ALWAYS_VAGUE: readonly RegExp[] = [
  /\bas (and when|appropriate|required|needed|necessary|advised|directed|deemed necessary|available)\b/i,
  /\b(when|where|if) (appropriate|required|needed|necessary|possible|available|deemed appropriate)\b/i,
  /\bwhen available\b/i,
  /\bwould (benefit from|be (useful|helpful|beneficial|of benefit)|help)\b/i,
  /\bmay\b/i,
  /\bmight\b/i,
  /\bcould\b/i,
  /\bshould\b/i,
  // "up to" caps the amount without promising any; "up to 3 pupils" is a group size, not a hedge.
  /\bup to\b(?!\s+(\d+|two|three|four|five|six|seven|eight)\s+(children|pupils|learners|students|others|peers)\b)/i,
  // A floor leaves everything above it to discretion ("at least once a week"); "at least one
  // other" pupil is a group size, not an amount of help.
  /\b(at least|a minimum of|minimum of)\b(?!\s+(one|\d+)\s+(other|others|peers?|children|pupils)\b)(?!\s*\d+\s*:\s*\d+)/i,
  /\b(usually|normally|typically|generally|ideally|wherever possible|on occasion)\b/i,
  /\b(to be (agreed|determined|confirmed)|tbc|tba)\b/i,
  /\bor equivalent\b/i,
  /\bsuch as\b/i,
  /\be\.g\.?/i,
  /\bfor example\b/i,
  /\betc\.?(?=\W|$)/i,
  /\ba (range|variety) of\b/i,
  /\bvarious\b/i,
  /\bhigh (level|levels) of\b/i,
  /\bhigh adult\s*:\s*(child|pupil) ratio\b/i,
  /\bsubject to (review|availability|funding|resources)\b/i,
  /\bat the discretion of\b/i,
  /\bencouraged to\b/i,
  /\bconsider(ed|ation)?\b/i,
  /\btailored to (his |her |their )?needs?\b/i,
  /\bdifferentiated curriculum\b/i,
  /\bsome\b/i,
  /\b(is|are|will be) (made )?available\b/i,
  /\bneeds[- ]led\b/i,
  /\bopportunit(y|ies) (for|to)\b/i,
  /\bstrategies (to|for)\b/i,
  /\bliaise with\b/i,
];

/** Hedges that only matter when the line does not pin the amount down elsewhere. */
const SOFT_VAGUE: readonly { pattern: RegExp; hedges: "amount" | "frequency" | "group_size" }[] = [
  { pattern: /\baccess to\b/i, hedges: "amount" },
  { pattern: /\bsupport (from|with|for)\b/i, hedges: "amount" },
  { pattern: /\b(input|advice|guidance) from\b/i, hedges: "amount" },
  { pattern: /\ba programme of\b/i, hedges: "amount" },
  { pattern: /\bhelp with\b/i, hedges: "amount" },
  { pattern: /\bavailable\b/i, hedges: "amount" },
  { pattern: /\bregular(ly)?\b/i, hedges: "frequency" },
  { pattern: /\bfrequent(ly)?\b/i, hedges: "frequency" },
  { pattern: /\b(periodic(al)?|occasional|ongoing|intermittent)(ly)?\b/i, hedges: "frequency" },
  { pattern: /\bsmall[- ]groups?\b/i, hedges: "group_size" },
  { pattern: /\bsmall (class|teaching group)s?\b/i, hedges: "group_size" },
];

/**
 * A group size someone can check: "groups of no more than 6", "up to 3 pupils", "pairs", "1:3".
 * One-to-one help elsewhere in the line does not say how big a "small group" is.
 */
const SIZED_GROUP_PATTERN =
  /\bgroups?\s+of\s+(no more than\s+|not more than\s+|up to\s+|at most\s+|between\s+)?(\d+|two|three|four|five|six|seven|eight)\b|\b(no more than|not more than|maximum of|max\.?|up to)\s+(\d+|two|three|four|five|six|seven|eight)\s+(children|pupils|learners|students|others|peers)\b|\b(pairs?|paired)\b|\b([2-9]|1[0-9])\s*:\s*\d+\b|\b1\s*:\s*([2-9]|1[0-9])\b/i;

/**
 * A named therapy carries its own "who": speech and language therapy, occupational therapy and
 * physiotherapy can only be given by (or under) a therapist whose title is protected by the HCPC.
 */
const NAMED_THERAPY_PATTERN = /\b(speech and language therapy|speech & language therapy|occupational therapy|physiotherapy)\b/i;

/** Words that describe a kind of provision without saying what it is. */
const GENERIC_WORDS = new Set(
  (
    "a an the and or of to for from with in on at by be is are will would can as its it his her their them him he she they child " +
    "childs pupil pupils student young person setting school staff support supports supported supporting help helps provision provided provide " +
    "receive receives given give have has access opportunities opportunity input advice strategies strategy work working time " +
    "when where needed required appropriate necessary regular regularly available this that these those who which what also each every " +
    "per week weeks day days daily weekly minutes minute hours hour session sessions term termly all any some plus x " +
    "delivered deliver delivering deliver by trained qualified adult adults member members teaching assistant assistants ta tas lsa hlta " +
    "teacher teachers class level high ensure ensuring able need needs based including include etc eg other further additional extra"
  ).split(" "),
);

/**
 * Checks one line of provision.
 *
 * Example: checkWording("Access to speech and language therapy as appropriate") gives verdict
 * "vague", vagueTerms ["as appropriate", "access to"], missing ["frequency", "duration", "group_size"]
 * (a named therapy already says who gives it).
 */
export function checkWording(text: string): WordingCheck {
  const line = text.replace(/\s+/g, " ").trim();
  const hasWeeklyHours = WEEKLY_HOURS_PATTERN.test(line);
  const isContinuous = matchesAny(line, CONTINUOUS_PATTERNS);
  const hasFrequency = hasWeeklyHours || isContinuous || matchesAny(line, FREQUENCY_PATTERNS);
  const hasDuration = hasWeeklyHours || isContinuous || matchesAny(line, DURATION_PATTERNS);
  const hasGroup = matchesAny(line, GROUP_PATTERNS);
  const isVagueWho = VAGUE_WHO_PATTERN.test(line);
  const isProfessional = PROFESSIONAL_ROLE_PATTERN.test(line);
  const isSupportStaff = SUPPORT_ROLE_PATTERN.test(line);
  const isNamedTherapy = NAMED_THERAPY_PATTERN.test(line);
  const hasWho = (isProfessional || isSupportStaff || isNamedTherapy) && !isVagueWhoOnly(line, isVagueWho);
  const hasQualification = isProfessional || isNamedTherapy || QUALIFICATION_PATTERN.test(line);
  const hasWhat = countContentWords(line) > 0 || /\b(1:1|one[- ]to[- ]one)\s+(adult\s+)?support\b/i.test(line);
  const isSessionLike = hasFrequency || hasDuration || /\b(sessions?|intervention|group|programme|therapy|teaching|tuition)\b/i.test(line);

  const vagueTerms = new Set<string>();
  for (const pattern of ALWAYS_VAGUE) {
    const match = pattern.exec(line);
    if (match) vagueTerms.add(match[0].toLowerCase().trim());
  }
  const isQuantified = hasFrequency && hasDuration;
  for (const { pattern, hedges } of SOFT_VAGUE) {
    const match = pattern.exec(line);
    if (!match) continue;
    const isPinnedDown =
      hedges === "amount" ? isQuantified : hedges === "frequency" ? hasFrequency && /\d|once|twice|daily|weekly/i.test(line) : SIZED_GROUP_PATTERN.test(line);
    if (!isPinnedDown) vagueTerms.add(match[0].toLowerCase().trim());
  }
  if (isVagueWho) vagueTerms.add((VAGUE_WHO_PATTERN.exec(line)?.[0] ?? "").toLowerCase().trim());

  const missing: WordingAspect[] = [];
  if (!hasWhat) missing.push("what");
  if (!hasWho) missing.push("who");
  if (!hasFrequency) missing.push("frequency");
  if (!hasDuration) missing.push("duration");
  if (isSessionLike && !hasGroup && !isContinuous) missing.push("group_size");
  if (hasWho && !hasQualification) missing.push("qualification");
  if (!hasWho && !hasQualification) missing.push("qualification");

  const isMissingEssentials = missing.some((aspect) => aspect === "what" || aspect === "who" || aspect === "frequency" || aspect === "duration");
  const verdict = vagueTerms.size > 0 || isMissingEssentials ? "vague" : "specific";
  const orderedTerms = [...vagueTerms].filter((term) => term.length > 0);
  return {
    verdict,
    missing: verdict === "specific" ? missing.filter((aspect) => aspect !== "group_size" && aspect !== "qualification") : missing,
    vagueTerms: orderedTerms,
    suggestion: suggestWording({ verdict, missing, vagueTerms: orderedTerms }),
    rules: ["R-EHCP-F-SPECIFIC", "R-SCH-APDR-PLAN"],
  };
}

function isVagueWhoOnly(line: string, isVagueWho: boolean): boolean {
  if (!isVagueWho) return false;
  const withoutVague = line.replace(VAGUE_WHO_PATTERN, " ");
  return !PROFESSIONAL_ROLE_PATTERN.test(withoutVague) && !SUPPORT_ROLE_PATTERN.test(withoutVague) && !NAMED_THERAPY_PATTERN.test(withoutVague);
}

function countContentWords(line: string): number {
  const words = line
    .toLowerCase()
    .replace(PROFESSIONAL_ROLE_PATTERN, " ")
    .replace(SUPPORT_ROLE_PATTERN, " ")
    .replace(/[^a-z\s-]/g, " ")
    .split(/[\s-]+/)
    .filter((word) => word.length > 2 && !GENERIC_WORDS.has(word));
  return words.length;
}

const ASK_FOR: Record<WordingAspect, string> = {
  what: "what the help actually is (for example, the name of the programme or the kind of therapy)",
  who: "who will give it, by their job title",
  frequency: "how often it happens (for example, three times a week)",
  duration: "how long each session lasts (for example, 30 minutes)",
  group_size: "whether it is one-to-one or in a group, and how big the group is",
  qualification: "what training or qualification that person has",
};

function suggestWording(check: { verdict: string; missing: WordingAspect[]; vagueTerms: string[] }): string {
  if (check.verdict === "specific") {
    return "This line says what will happen, who will do it, how often and for how long, so everyone can check it was delivered.";
  }
  const parts: string[] = [];
  if (check.vagueTerms.length > 0) {
    const quoted = check.vagueTerms.map((term) => `"${term}"`).join(", ");
    parts.push(`Words like ${quoted} let the school or council decide how much help to give, so it is hard to check.`);
  }
  const asks = check.missing.map((aspect) => ASK_FOR[aspect]);
  if (asks.length > 0) parts.push(`Ask for the line to say ${joinWithAnd(asks)}.`);
  parts.push('For example: "30 minutes of one-to-one speech and language therapy, once a week, from a qualified speech and language therapist."');
  return parts.join(" ");
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("; ")}; and ${items.at(-1)}`;
}
