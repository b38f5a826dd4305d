// The shape of a letter template: what kind of letter it is, when a parent would use it, the
// choices it asks for, how long the reader is asked to take to reply, and how it is written from
// the case. A new letter is a new template file added to the registry, nothing more.

import type { CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";

/**
 * Who a letter goes to; the web app uses it to suggest the recipient. "school" is the SENCO;
 * "head_teacher" is the head (only the head can exclude); "governors" is the governing board (in an
 * academy, the academy trust); "council_or_trust" is whichever of the two the governors' decision
 * letter names, which the parent says (an independent review panel is arranged by one or the other);
 * "director_of_childrens_services" is the council's most senior officer for children, written to when
 * the council does not do what the tribunal ordered (R-TRIB-NONCOMPLY).
 */
export type LetterAudience =
  | "school"
  | "head_teacher"
  | "governors"
  | "council_or_trust"
  | "local_authority"
  | "director_of_childrens_services"
  | "ombudsman";

/** One answer a parent can pick. `label` is shown on the form. */
export type OptionChoice = { value: string; label: string };

type FieldBase = {
  /** The key in the option values, e.g. "service". */
  name: string;
  label: string;
  hint?: string;
};

/**
 * A question a letter asks before it is written, already filled with the case's own choices
 * (its provision lines, its adjustments), so a page can show it and a form can check it.
 */
export type LetterOptionField =
  | (FieldBase & {
      kind: "text";
      required: boolean;
      maxLength: number;
      rows?: number;
      missing?: string;
    })
  | (FieldBase & { kind: "choice"; choices: OptionChoice[]; defaultValue: string })
  | (FieldBase & {
      kind: "checkboxes";
      choices: OptionChoice[];
      defaultValue: string[];
      required: boolean;
      missing?: string;
    })
  /** Pick one of the choices or type your own; what is typed wins. */
  | (FieldBase & {
      kind: "choice_or_text";
      choices: OptionChoice[];
      typedLabel: string;
      typedHint?: string;
      maxLength: number;
      missing: string;
    });

/**
 * The answers, after checking: text (or null when left empty) for "text"; the chosen value for
 * "choice"; the ticked values for "checkboxes"; for "choice_or_text", the words that go in the
 * letter (what was typed, or the chosen choice's label).
 */
export type LetterOptionValues = Readonly<Record<string, string | readonly string[] | null>>;

/** How long the reader is asked to take to reply. */
export type ReplyTime =
  /** A reasonable time the parent asks for, counted in calendar days from sending. */
  | { kind: "days"; days: number }
  /** A time limit set by law, taken from a rule's period in the law catalogue. */
  | { kind: "rule"; ruleId: string; periodName: string; description: string };

/** A letter as first written from the case: the parent can change every word before sending. */
export type LetterDraft = {
  subject: string;
  /** Plain text: paragraphs separated by a blank line; a list item is a line starting "• ". */
  body: string;
  /** Days to reply within, or null when the law sets the time (see `reply`). */
  replyWithinDays: number | null;
  /** Ids of the law catalogue rules the letter relies on. */
  citations: string[];
};

export type LetterTemplate = {
  kind: string;
  /** What the letter does, as a button would say it: "Ask for the provision map". */
  label: string;
  /** One line on when to use it. */
  whenToUse: string;
  audience: LetterAudience;
  /**
   * Who the letter goes to when the records decide it (education from the 6th day: the governors
   * for a suspension, the council for a permanent exclusion); `audience` when absent.
   */
  chooseAudience?: (document: CaseDocument, today: CalendarDate) => LetterAudience;
  reply: ReplyTime;
  /** The questions to ask before writing, with choices from the case. */
  options: (document: CaseDocument, today: CalendarDate) => LetterOptionField[];
  build: (document: CaseDocument, options: LetterOptionValues, today: CalendarDate) => LetterDraft;
};
