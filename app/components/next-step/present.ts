// The "Do this next" block's content for one case and person: the case's next steps chosen for
// them (domain/journey/do-this-next.ts), each with the address that does it and the rule it rests
// on, cited as on the health check.
import type { CalendarDate, CaseCheck, CaseDocument, OverdueReply } from "~/domain";
import { deriveJourney } from "~/domain/journey/derive-journey";
import { findDoThisNext, type ChosenStep } from "~/domain/journey/do-this-next";
import { listCaseDeadlines } from "~/domain/letters/statutory-facts";
import { citeRules, type RuleCitation } from "~/components/health/present";
import { indexRecords, nextStepTargetPath } from "~/components/health/links";

export type NextStepView = Omit<ChosenStep, "rule"> & { rule: RuleCitation | null };
export type DoThisNextView = { first: NextStepView | null; alsoSoon: NextStepView[] };

/**
 * The place an address names, without what it fills in: "/cases/1/letters?kind=x&plan=p" and
 * "/cases/1/letters?kind=x#write" are the same letter; "/cases/1/support/new" is its own page.
 */
export function placeOf(path: string): string {
  const url = new URL(path, "http://clearpath.invalid");
  const kind = url.searchParams.get("kind");
  return kind === null ? url.pathname : `${url.pathname}?kind=${kind}`;
}

export type DoThisNextInput = {
  caseId: string;
  document: CaseDocument;
  check: CaseCheck;
  overdueReplies: readonly OverdueReply[];
  today: CalendarDate;
  canWrite: boolean;
};

export function presentDoThisNext({
  caseId,
  document,
  check,
  overdueReplies,
  today,
  canWrite,
}: DoThisNextInput): DoThisNextView {
  const deadlines = listCaseDeadlines(document, today);
  const journey = deriveJourney(document, check.findings, deadlines, today);
  const index = indexRecords(caseId, document);
  const chosen = findDoThisNext(
    { document, findings: check.findings, deadlines, journey, overdueReplies, today },
    {
      canWrite,
      destinationOf: (step) => {
        const path = nextStepTargetPath(caseId, step.target, index, { canWrite });
        return { path, place: placeOf(path) };
      },
    },
  );
  const view = (step: ChosenStep): NextStepView => ({
    ...step,
    rule: step.rule ? (citeRules([step.rule.id], today)[0] ?? null) : null,
  });
  return { first: chosen.first ? view(chosen.first) : null, alsoSoon: chosen.alsoSoon.map(view) };
}
