// The provision wording check: can a parent, a school and a tribunal all tell from this line
// whether the provision was delivered? Section F of an EHC plan must be "detailed and specific
// and should normally be quantified" (law catalogue R-EHCP-F-SPECIFIC); a school's SEN support
// plan should say what support will be given (R-SCH-APDR-PLAN).
//
// The rule (decision 033): a line is specific when it fixes WHAT is delivered and HOW MUCH of it
// — how often and for how long, or a number of hours, or (for a staffing or teaching line) a
// ratio or a class size — and leaves none of it to someone's discretion. Who gives it is ideal;
// when the line does not say, that is a note, not a "vague" verdict.

import { describeProvision } from "../support/describe-provision";
import {
  CLASS_SIZE_PATTERN,
  CONTINUOUS_PATTERNS,
  COUNTED_SESSIONS_PATTERN,
  DURATION_PATTERNS,
  FREQUENCY_PATTERNS,
  GROUP_PATTERNS,
  HOURS_PATTERN,
  matchesAny,
  PERIOD_PATTERN,
  PROFESSIONAL_ROLE_PATTERN,
  QUALIFICATION_PATTERN,
  RATIO_PATTERN,
  STAFFING_WORDS,
  SUPPORT_ROLE_PATTERN,
  VAGUE_WHO_PATTERN,
} from "./provision-patterns";

export const WORDING_ASPECTS = ["what", "who", "frequency", "duration", "group_size", "qualification"] as const;
export type WordingAspect = (typeof WORDING_ASPECTS)[number];

export type WordingCheck = {
  verdict: "specific" | "vague";
  /** What the line does not say. On a specific line only "who" can be listed (a note). */
  missing: WordingAspect[];
  vagueTerms: string[];
  /** Plain-English notes that do not make the line vague, such as a missing "who". */
  notes: string[];
  suggestion: string;
  rules: string[];
};

/** A provision line recorded in the app: its words, when the parent has them, and its fields. */
export type ProvisionFields = {
  text?: string | null;
  what?: string | null;
  who?: string | null;
  frequency?: string | null;
  sessionsPerWeek?: number | null;
  minutes?: number | null;
  groupSize?: string | null;
};

const NUMBER = String.raw`(\d|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|an? (hour|session)|half)`;

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
  // A floor with a number is a quantity: the duty is at least that much ("a minimum of 15
  // minutes three times per week", "at least 1:3"). A floor with no number leaves it open.
  new RegExp(String.raw`\b(at least|a minimum of|minimum of|minimum(?!\s+of\b))\b(?!\s*${NUMBER})(?!\s+(other|others|peers?)\b)`, "i"),
  /\b(usually|normally|typically|generally|ideally|wherever possible|on occasion)\b/i,
  /\b(to be (agreed|determined|decided|confirmed)|tbc|tba)\b/i,
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
  /\b(at the discretion of|at (the |his |her |their )?(school's |setting's |teacher's )?discretion)\b/i,
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
  // Money is not an amount of provision: the Code asks for type, hours and frequency.
  /\bto the value of\b/i,
  // A condition or a range leaves the amount to whoever applies it ("20-45 mins", "1-2 sessions").
  /\b(depending on|dependent on|according to need)\b/i,
  /\b\d+\s*(-|–|to)\s*\d+\s*(minutes?|mins?|hours?|hrs?|sessions?)\b/i,
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
  /\bgroups?\s+of\s+(no more than\s+|not more than\s+|up to\s+|at most\s+|between\s+)?(\d+|two|three|four|five|six|seven|eight)\b|\b(no more than|not more than|maximum( of)?|max\.?|up to)\s+(\d+|two|three|four|five|six|seven|eight)\s+(children|pupils|learners|students|others|peers)\b|\b(pairs?|paired)\b|\b([2-9]|1[0-9])\s*:\s*\d+\b|\b1\s*:\s*([2-9]|1[0-9])\b/i;

/**
 * A named therapy carries its own "who": speech and language therapy, occupational therapy and
 * physiotherapy can only be given by (or under) a therapist whose title is protected by the HCPC.
 * The usual short forms (SALT, SLT, OT, physio) are read by the role pattern.
 */
const NAMED_THERAPY_PATTERN =
  /\b(speech and language therapy|speech & language therapy|speech therapy|occupational therapy|physiotherapy|physio)\b/i;

/**
 * The short forms name the therapy too: "SALT 3 x 20 mins pw" says what is delivered, and so does
 * "a weekly 30 minute ELSA session" (emotional literacy support), though each also names a role.
 */
const THERAPY_SHORT_FORM = /\b(salt|slt|physio|elsa)\b|\bOT\b/i;

/** Help from an adult, where a span of time ("in all lessons") is not an amount on its own. */
const SUPPORT_LIKE = /\b(support(s|ed|ing)?|help(s|ed|ing)?|assist(s|ed|ing|ance)?|input|supervis\w*|prompt\w*)\b/i;

/** A session-like line needs how long each time; a class or staffing arrangement does not. */
const SESSION_LIKE = /\b(sessions?|intervention|group|programme|therapy|teaching|tuition|lessons?)\b/i;

/** Words that describe a kind of provision without saying what it is. */
const GENERIC_WORDS = new Set(
  (
    "a an the and or of to for from with in on at by be is are will would can as its it his her their them him he she they child " +
    "childs pupil pupils student young person setting school staff support supports supported supporting help helps provision provided provide " +
    "receive receives given give have has access opportunities opportunity input advice strategies strategy work working time " +
    "when where needed required appropriate necessary regular regularly available this that these those who which what also each every " +
    "per week weeks day days daily weekly minutes minute hours hour session sessions term termly all any some plus x " +
    "delivered deliver delivering deliver by trained qualified adult adults member members teaching assistant assistants ta tas lsa hlta " +
    "teacher teachers class level high ensure ensuring able need needs based including include etc eg other further additional extra " +
    "times once twice minimum maximum least more than mins min hrs fortnight fortnightly month monthly half " +
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty"
  ).split(" "),
);

type Overrides = { who?: boolean; hasFrequency?: boolean; hasDuration?: boolean; hasGroup?: boolean };

/**
 * Checks one line of provision as written.
 *
 * Example: checkWording("Access to speech and language therapy as appropriate") gives verdict
 * "vague", vagueTerms ["as appropriate", "access to"], missing ["frequency", "duration", "group_size"]
 * (a named therapy already says who gives it).
 */
export function checkWording(text: string): WordingCheck {
  return judge(text, {});
}

/**
 * Judges a provision recorded in the app on its fields as well as its words: "Small-group
 * phonics" recorded with a group of 4, three sessions a week of 20 minutes, is specific. Words
 * that hand the amount to someone's discretion ("as required") still make it vague.
 *
 * Example: judgeProvisionLine({ text: "Small-group phonics", sessionsPerWeek: 3, minutes: 20,
 * groupSize: "4" }) gives verdict "specific", missing ["who"] and a note asking who gives it.
 */
export function judgeProvisionLine(fields: ProvisionFields): WordingCheck {
  const what = (fields.text ?? "").trim() || (fields.what ?? "").trim();
  const groupSize = (fields.groupSize ?? "").trim();
  const sentence = describeProvision({
    what,
    who: fields.who?.trim() || null,
    frequency: fields.frequency?.trim() || null,
    sessionsPerWeek: fields.sessionsPerWeek ?? null,
    durationMinutes: fields.minutes ?? null,
    groupSize: /^\d+$/.test(groupSize) ? `group of ${groupSize}` : groupSize || null,
  });
  const who = fields.who?.trim() ?? "";
  return judge(sentence, {
    who: who !== "" && !VAGUE_WHO_PATTERN.test(who) ? true : undefined,
    hasFrequency: (fields.sessionsPerWeek ?? 0) > 0 ? true : undefined,
    hasDuration: (fields.minutes ?? 0) > 0 ? true : undefined,
    hasGroup: groupSize !== "" ? true : undefined,
  });
}

function judge(text: string, overrides: Overrides): WordingCheck {
  const line = text.replace(/\s+/g, " ").trim();
  const hasRatio = RATIO_PATTERN.test(line);
  const hasClassSize = CLASS_SIZE_PATTERN.test(line);
  const isStaffing = STAFFING_WORDS.test(line);
  const isSupportLike = SUPPORT_LIKE.test(line);
  const hasSpan = matchesAny(line, CONTINUOUS_PATTERNS);
  const isFullTime = /\bfull[- ]time\b/i.test(line);
  const hasHours = HOURS_PATTERN.test(line);
  const hasCountedSessions = COUNTED_SESSIONS_PATTERN.test(line) && PERIOD_PATTERN.test(line);
  const hasFrequency = overrides.hasFrequency ?? (matchesAny(line, FREQUENCY_PATTERNS) || hasCountedSessions);
  const hasDuration = overrides.hasDuration ?? matchesAny(line, DURATION_PATTERNS);
  const hasGroup = overrides.hasGroup ?? (matchesAny(line, GROUP_PATTERNS) || hasClassSize);

  // How much: hours; how often and for how long; a ratio or class size for a staffing or
  // teaching line (one that is not a counted session, which also needs its length); full-time
  // or all-day help at a fixed ratio; or a thing used all the time ("a visual schedule in all
  // lessons"). A span such as "across all lessons" is not an amount of help on its own.
  const isQuantified =
    hasHours ||
    (hasFrequency && hasDuration) ||
    ((hasRatio || hasClassSize) && isStaffing && !hasFrequency) ||
    (isFullTime && (isStaffing || hasRatio)) ||
    (hasSpan && (hasRatio || !isSupportLike));

  const isVagueWho = VAGUE_WHO_PATTERN.test(line);
  const isProfessional = PROFESSIONAL_ROLE_PATTERN.test(line);
  const isSupportStaff = SUPPORT_ROLE_PATTERN.test(line);
  const isNamedTherapy = NAMED_THERAPY_PATTERN.test(line);
  const hasWho = overrides.who ?? ((isProfessional || isSupportStaff || isNamedTherapy) && !isVagueWhoOnly(line, isVagueWho));
  const hasQualification = isProfessional || isNamedTherapy || QUALIFICATION_PATTERN.test(line);
  const hasWhat =
    countContentWords(line) > 0 ||
    THERAPY_SHORT_FORM.test(line) ||
    /\b(1:1|one[- ]to[- ]one)\s+(adult\s+)?support\b/i.test(line) ||
    ((hasRatio || hasClassSize) && isStaffing);
  const isSessionLike = hasFrequency || hasDuration || SESSION_LIKE.test(line);

  const vagueTerms = new Set<string>();
  for (const pattern of ALWAYS_VAGUE) {
    const match = pattern.exec(line);
    if (match) vagueTerms.add(match[0].toLowerCase().trim());
  }
  for (const { pattern, hedges } of SOFT_VAGUE) {
    const match = pattern.exec(line);
    if (!match) continue;
    const isPinnedDown =
      hedges === "amount"
        ? isQuantified
        : hedges === "frequency"
          ? hasFrequency && (overrides.hasFrequency === true || /\d|once|twice|daily|weekly/i.test(line))
          : overrides.hasGroup === true || SIZED_GROUP_PATTERN.test(line);
    if (!isPinnedDown) vagueTerms.add(match[0].toLowerCase().trim());
  }

  const missing: WordingAspect[] = [];
  if (!hasWhat) missing.push("what");
  if (!hasWho) missing.push("who");
  if (!isQuantified && !hasFrequency) missing.push("frequency");
  if (!isQuantified && !hasDuration) missing.push("duration");
  if (isSessionLike && !hasGroup && !hasSpan) missing.push("group_size");
  if (!hasQualification) missing.push("qualification");

  const orderedTerms = [...vagueTerms].filter((term) => term.length > 0);
  const verdict = orderedTerms.length > 0 || !hasWhat || !isQuantified ? "vague" : "specific";
  const shown = verdict === "specific" ? missing.filter((aspect) => aspect === "who") : missing;
  const notes: string[] = [];
  if (!hasWho) {
    notes.push(
      isVagueWho
        ? "It names the school or \"staff\" rather than a person. Ask for the job title of whoever gives it, and their training."
        : "It does not say who gives it. That does not make it vague, but ask for the job title of whoever gives it, and their training.",
    );
  }
  return {
    verdict,
    missing: shown,
    vagueTerms: orderedTerms,
    notes,
    suggestion: suggestWording({ verdict, missing: shown, vagueTerms: orderedTerms, notes }),
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

function suggestWording(check: { verdict: string; missing: WordingAspect[]; vagueTerms: string[]; notes: string[] }): string {
  if (check.verdict === "specific") {
    const base = "This line says what will happen and how much of it, so everyone can check it was delivered.";
    return check.notes.length > 0 ? `${base} ${check.notes.join(" ")}` : base;
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
