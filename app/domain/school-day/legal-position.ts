// The legal position of the school day: which rules of the law catalogue apply to the kinds of
// record a case holds (the reference's sections 1 and 4.3), grouped by what happened, in the order
// a parent meets them. Which rule applies is decided here, once, so the page, the guide and the
// tests agree; the rules' words and status come from the catalogue.

import type { SchoolDayKind } from "../codes/school-day";

/** What happened, as the page groups the rules. */
export const LEGAL_TOPICS = ["informal", "suspension", "permanent", "part_time", "restraint", "attendance"] as const;
export type LegalTopic = (typeof LEGAL_TOPICS)[number];

/** Each topic's heading on the page. */
export const LEGAL_TOPIC_HEADINGS: Record<LegalTopic, string> = {
  informal: "Being sent home without a formal exclusion",
  suspension: "Suspensions",
  permanent: "Permanent exclusion",
  part_time: "Part-time timetables",
  restraint: "Restraint, force and seclusion",
  attendance: "Absence, attendance letters and fines",
};

type TopicRules = { topic: LegalTopic; rules: readonly string[] };

/**
 * The rules each kind of record brings in, by topic. A kind with no entry (time out of class in
 * school) brings in none: the pupil is in school, so no exclusion rule applies to it as such.
 */
const RULES_OF_KIND: Partial<Record<SchoolDayKind, TopicRules>> = {
  // Every informal exclusion is unlawful, even for part of a day and even with the parent's agreement.
  informal_exclusion: { topic: "informal", rules: ["R-DAY-EXCL-INFORMAL"] },
  suspension: {
    topic: "suspension",
    rules: ["R-DAY-EXCL-NOTICE", "R-DAY-EXCL-6TH-DAY", "R-DAY-EXCL-GOV-DUTY", "R-DAY-EXCL-GOV-TIME", "R-DAY-EXCL-45"],
  },
  permanent_exclusion: {
    topic: "permanent",
    rules: [
      "R-DAY-EXCL-NOTICE",
      "R-DAY-EXCL-6TH-DAY",
      "R-DAY-EXCL-GOV-DUTY",
      "R-DAY-EXCL-GOV-TIME",
      "R-DAY-EXCL-IRP",
      "R-DAY-EXCL-SEN-EXPERT",
    ],
  },
  part_time_timetable: { topic: "part_time", rules: ["R-DAY-PTT", "R-DAY-PTT-CODE"] },
  restraint: { topic: "restraint", rules: ["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT"] },
  absence: { topic: "attendance", rules: ["R-DAY-ATT-SEND", "R-DAY-HEALTH-15", "R-DAY-S19"] },
  school_avoidance_note: { topic: "attendance", rules: ["R-DAY-ATT-SEND"] },
  attendance_letter: { topic: "attendance", rules: ["R-DAY-ATT-SEND", "R-DAY-PENALTY"] },
  penalty_notice: { topic: "attendance", rules: ["R-DAY-ATT-SEND", "R-DAY-PENALTY"] },
};

/** The order rules are listed in inside a topic, whatever order the records came in. */
const RULE_ORDER = [
  "R-DAY-EXCL-INFORMAL",
  "R-DAY-EXCL-NOTICE",
  "R-DAY-EXCL-6TH-DAY",
  "R-DAY-EXCL-GOV-DUTY",
  "R-DAY-EXCL-GOV-TIME",
  "R-DAY-EXCL-45",
  "R-DAY-EXCL-IRP",
  "R-DAY-EXCL-SEN-EXPERT",
  "R-DAY-PTT",
  "R-DAY-PTT-CODE",
  "R-DAY-RESTRAINT-DUTY",
  "R-DAY-RESTRAINT-REPORT",
  "R-DAY-ATT-SEND",
  "R-DAY-PENALTY",
  "R-DAY-HEALTH-15",
  "R-DAY-S19",
];

export type LegalPositionTopic = {
  topic: LegalTopic;
  heading: string;
  /** The kinds of record present that bring this topic in. */
  kinds: SchoolDayKind[];
  /** Law catalogue ids, in the order to read them. */
  ruleIds: string[];
};

/**
 * The rules that apply to the kinds of record present, one group per topic, topics in a fixed
 * order and each rule once per topic.
 *
 * Example: listLegalPosition(["suspension", "informal_exclusion"]) gives the informal topic
 * (R-DAY-EXCL-INFORMAL) and then the suspension topic (R-DAY-EXCL-NOTICE, -6TH-DAY, -GOV-DUTY,
 * -GOV-TIME, -45).
 */
export function listLegalPosition(kinds: readonly SchoolDayKind[]): LegalPositionTopic[] {
  return LEGAL_TOPICS.flatMap((topic) => {
    const present = [...new Set(kinds)].filter((kind) => RULES_OF_KIND[kind]?.topic === topic);
    if (present.length === 0) return [];
    const ids = new Set(present.flatMap((kind) => RULES_OF_KIND[kind]!.rules));
    return [
      {
        topic,
        heading: LEGAL_TOPIC_HEADINGS[topic],
        kinds: present,
        ruleIds: RULE_ORDER.filter((id) => ids.has(id)),
      },
    ];
  });
}
