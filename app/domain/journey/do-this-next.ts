// "Do this next", at the top of every case page: the one step to take first, with how soon it is
// due, and a few others coming soon. The order is listNextSteps' (decision 083); this picks from it
// for the person looking (someone who cannot change the case is told who acts instead of being
// sent to a form) and keeps each place in the app to one line. Decision 095.

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { formatDate, formatDaysFromToday } from "../presentation";
import { listNextSteps, type NextStep, type NextStepInput, type NextStepKind } from "./next-steps";

/** How many steps are listed under the first as "Also soon"; the overview has the rest. */
export const ALSO_SOON_SHOWN = 3;

/** How soon a step is due, in words: "Due in 8 days (14 December 2026)", "Overdue: due 3 September 2026". */
export type StepWhen = { date: CalendarDate; isOverdue: boolean; text: string; short: string };

export type ChosenStep = {
  kind: NextStepKind;
  action: string;
  why: string;
  when: StepWhen | null;
  /** Where the step is done, for someone who may do it; null for someone who may only read. */
  path: string | null;
  /** For someone who may only read: who acts on it. */
  whoActs: string | null;
  rule: NextStep["rule"];
};

export type DoThisNext = { first: ChosenStep | null; alsoSoon: ChosenStep[] };

/** Who acts on each kind of step, told to those who may read the case but not change it. */
const WHO_ACTS: Record<NextStepKind, string> = {
  your_deadline: "The family sends this. The date is set by law.",
  school_day: "The school has a duty here. The family can ask for it.",
  council_late: "The council has missed this time limit. The family can chase it.",
  reply_overdue: "The family is waiting for this reply and can chase it.",
  finding: "The family can act on this.",
  stage: "This is the family's next step.",
  details: "The family can add these details.",
};

/** "Due in 8 days (14 December 2026)", "Due today (…)", or "Overdue: due 3 September 2026 (94 days ago)". */
export function describeWhen(date: CalendarDate, today: CalendarDate): StepWhen {
  const isOverdue = compareDates(date, today) < 0;
  const relative = formatDaysFromToday(date, today);
  return isOverdue
    ? { date, isOverdue, text: `Overdue: due ${formatDate(date)} (${relative})`, short: "overdue" }
    : {
        date,
        isOverdue,
        text: `Due ${relative} (${formatDate(date)})`,
        short: relative === "today" || relative === "tomorrow" ? `due ${relative}` : relative,
      };
}

export type ChooseOptions = {
  /** Whether the person may change the case (write or own). */
  canWrite: boolean;
  /**
   * Where a step leads: its address, and the place it names (the page, or the page and the kind
   * of letter, without what the address fills in): two steps to the same place are one line.
   */
  destinationOf: (step: NextStep) => { path: string; place: string };
};

/**
 * The one step to do next and up to ALSO_SOON_SHOWN more, from the case's next steps.
 *
 * Order (listNextSteps): the family's own legal dates within the "due soon" window, the school's
 * duties in the school day that act now, the council's missed time limits, overdue replies, high-severity findings, the journey's step, missing details.
 * A later step that leads to the same place as an earlier one (the same letter, say) is left out. Someone who may only
 * read gets no addresses (each step leads to a form) but who acts, and no "add the details" steps.
 *
 * Example: a draft EHC plan issued on 29 November 2026, seen on 6 December by the parent, gives
 * first "Send your comments on the draft plan by Monday 14 December 2026", due "in 8 days", with
 * the draft plan response letter's address; the vague-support finding that leads to the same
 * letter is not listed again.
 */
export function chooseNextStep(
  steps: readonly NextStep[],
  today: CalendarDate,
  options: ChooseOptions,
): DoThisNext {
  const seen = new Set<string>();
  const chosen: ChosenStep[] = [];
  for (const step of steps) {
    if (!options.canWrite && step.kind === "details") continue;
    const destination = options.destinationOf(step);
    if (seen.has(destination.place)) continue;
    seen.add(destination.place);
    chosen.push({
      kind: step.kind,
      action: step.action,
      why: step.why,
      when: step.date === null ? null : describeWhen(step.date, today),
      path: options.canWrite ? destination.path : null,
      whoActs: options.canWrite ? null : WHO_ACTS[step.kind],
      rule: step.rule,
    });
    if (chosen.length > ALSO_SOON_SHOWN) break;
  }
  const [first = null, ...alsoSoon] = chosen;
  return { first, alsoSoon };
}

/** The case's next steps (listNextSteps), chosen for the person looking. */
export function findDoThisNext(input: NextStepInput, options: ChooseOptions): DoThisNext {
  return chooseNextStep(listNextSteps(input), input.today, options);
}
