// The shape of an entry in the law catalogue: one version of one rule, in force between two dates.

import type { CalendarDate } from "../calendar/calendar-date";

/** How a time limit is counted from the event that starts it. */
export type Period =
  | {
      kind: "count";
      amount: number;
      /**
       * "working_days": England's working days (no weekends or bank holidays), counted by the
       * deadline engine. "tribunal_working_days": the SEND Tribunal's, which also leave out
       * 25 December to 1 January and all of August (R-TRIB-WORKING-DAY); only domain/tribunal
       * counts them, and the deadline engine refuses them (decision 148).
       */
      unit: "days" | "weeks" | "months" | "working_days" | "tribunal_working_days";
      /** "after": the day of the event is day 0. "beginning_with": the day of the event is day 1. */
      counting: "after" | "beginning_with";
    }
  /** By the day before a fixed date in the calendar year of the event, e.g. before 15 February. */
  | { kind: "before_fixed_date"; month: number; day: number }
  /** A number of months before the event itself (the event is in the future), e.g. 5 months before a move. */
  | { kind: "months_before"; amount: number }
  /** A number of weeks before the event itself, e.g. papers at least 2 weeks before a review meeting. */
  | { kind: "weeks_before"; amount: number }
  /**
   * School days on the pupil's school calendar, counted by domain/school-day. "after": day 1 is
   * the first school day after the event ("within 15 school days of"); "beginning_with": the
   * event's first school day is day 1 ("from the 6th school day").
   */
  | { kind: "school_days"; amount: number; counting: "after" | "beginning_with" }
  /** A total of school days in a term or a school year, e.g. no more than 45 days of suspension in a year. */
  | { kind: "school_days_total"; amount: number; per: "term" | "school_year" };

export type Citation = {
  /** The instrument, e.g. "Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)". */
  instrument: string;
  /** The section, regulation, rule or paragraph, e.g. "regulation 5(1)". */
  provision: string;
  /** A public address for the text. */
  url: string;
};

/**
 * How far the wording was checked against the primary text when the entry was written, carried
 * over from the project's reference notes. "secondary" means checked only against reliable
 * secondary sources (IPSEA, SENDIASS services, law firms).
 */
export type Verification = "verified" | "partly_verified" | "secondary" | "unverified";

export type LawRule = {
  /** Stable id, shared with the reference notes, e.g. "R-EHCNA-DECIDE". */
  id: string;
  /** 1 for the first version; a new version is added beside the old one when the law changes. */
  version: number;
  title: string;
  /** Plain-English summary in our own words. */
  summary: string;
  citations: readonly Citation[];
  /** The first day this version applies. */
  inForceFrom: CalendarDate;
  /** The last day this version applies, or null while it is still in force. */
  inForceTo: CalendarDate | null;
  verification: Verification;
  /**
   * "law" binds; "guidance" is statutory guidance bodies must have regard to; "fact" is a
   * statistic; "proposal" is a change the Government has proposed, never law (ids start "P-").
   */
  kind: "law" | "guidance" | "case_law" | "fact" | "proposal";
  /** Time limits this rule sets, by name, e.g. { main: 6 weeks after }. */
  periods?: Readonly<Record<string, Period>>;
};
