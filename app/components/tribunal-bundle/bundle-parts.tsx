// The pieces of the bundle page: the page budget with its meter and warning, and one section of the
// index as it will print (documents with their pages and checks, and gaps). Props in, markup out.
import type { ReactNode } from "react";
import { formatDate, plural } from "~/domain/presentation";
import type { BundleCheck, BundleDocumentRow, BundleSectionView, BundleView } from "~/domain/tribunal/bundle-view";

/** What to do before or past the limit (R-TRIB-MORE-PAGES). */
function BudgetAction({ budget }: { budget: BundleView["budget"] }) {
  if (!budget.action) return null;
  return (
    <p>
      <strong>What to do:</strong> take out pages that do not help your case (the limits are the most allowed, not a target), or ask the tribunal for more pages on form{" "}
      {budget.action.form} (“request for change”), saying why you need them, before you send more. Rule {budget.action.ruleId}.
    </p>
  );
}

function budgetHeadline(budget: BundleView["budget"]): string {
  const { pagesUsed, workingLimit, pagesLeft, pagesOver } = budget;
  switch (budget.level) {
    case "within":
      return `${plural(pagesUsed, "page")} of ${workingLimit} used: ${plural(pagesLeft, "page")} left.`;
    case "near_limit":
      return `Nearly at the limit: ${plural(pagesUsed, "page")} of ${workingLimit} used, only ${plural(pagesLeft, "page")} left.`;
    case "at_limit":
      return `At the limit: ${plural(pagesUsed, "page")} of ${workingLimit}. Adding anything more takes you over it.`;
    case "over_limit":
      return `Over the limit by ${plural(pagesOver, "page")}: ${plural(pagesUsed, "page")} of ${workingLimit}.`;
  }
}

export function BudgetPanel({ view, typeName, status }: { view: BundleView; typeName: string; status: string }) {
  const { budget } = view;
  const isWarning = budget.level !== "within";
  return (
    <section className={`panel bundle-budget${isWarning ? " panel--warning" : ""}`} aria-labelledby="budget">
      <h2 id="budget">Page limit for your evidence</h2>
      <p className="bundle-budget__headline">
        <strong>{budgetHeadline(budget)}</strong>
      </p>
      <p>
        <label htmlFor="budget-meter">Pages of evidence used</label>{" "}
        <meter id="budget-meter" min={0} max={budget.workingLimit} low={budget.warnFrom} high={budget.workingLimit} optimum={0} value={Math.min(budget.pagesUsed, budget.workingLimit)}>
          {budget.pagesUsed} of {budget.workingLimit}
        </meter>
      </p>
      <BudgetAction budget={budget} />
      <p>
        {budget.isLimitUnsettled
          ? `For an appeal about ${typeName}, the practice direction's limit has not been checked: whether the limits for Sections B and F and for Section I add up is not known. Clearpath measures against the lower one, ${budget.workingLimit} pages, until it is. Check with the tribunal or an adviser.`
          : `Each side's evidence in an appeal about ${typeName} is limited to ${plural(budget.workingLimit, "page")}. Clearpath warns from ${budget.warnFrom} pages, so there is time to act.`}{" "}
        These limits are the most allowed, not a target: a short bundle with the right evidence is better than a full one.
      </p>
      <p>
        Clearpath counts the pages in sections C, D and E (reports, other evidence and witness statements).
        {view.notCountedPages > 0
          ? ` The ${plural(view.notCountedPages, "page")} in sections A and B (the appeal papers, the decision and the plan) are numbered but not counted here: the tribunal's rules give the core bundle and the plan limits of their own.`
          : " Sections A and B (the appeal papers, the decision and the plan) are numbered but not counted here: the tribunal's rules give the core bundle and the plan limits of their own."}
      </p>
      {view.extendedEvidenceLimit ? (
        <p>
          You asked for recommendations on health and social care, so this is an extended appeal: its evidence on health and social care has a further limit of{" "}
          {plural(view.extendedEvidenceLimit, "page")}. Clearpath does not tell those pages apart, so count them yourself.
        </p>
      ) : null}
      <p className="citation">
        Rule {budget.ruleId}. {status}
      </p>
    </section>
  );
}

function CheckItem({ check }: { check: BundleCheck }) {
  const word = check.isMet === true ? "Keeps to the rule" : check.isMet === false ? "Does not keep to the rule" : "Not known yet";
  return (
    <li className={`check ${check.isMet === false ? "check--warn" : check.isMet ? "check--ok" : ""}`}>
      <p>
        <strong>{word}:</strong> {check.text}
      </p>
      <p className="citation">
        Rule {check.ruleId}. {check.status}
      </p>
    </li>
  );
}

function DocumentRow({ row, actions }: { row: BundleDocumentRow; actions: ReactNode }) {
  return (
    <li className="bundle-row">
      <p className="bundle-row__pages">{row.pages === 1 ? `Page ${row.pagesText}` : `Pages ${row.pagesText}`}</p>
      <p className="bundle-row__title">
        <strong>{row.title}</strong> <span className="meta">{formatDate(row.date)}</span>
      </p>
      <p className="meta">
        {plural(row.pages, "page")}
        {row.itemKind === "expert_report" ? ", an expert report" : row.itemKind === "witness_statement" ? ", a witness statement" : ""}
      </p>
      {row.isSupplementary ? <p className="tag tag--changed">Added after the bundle was sent: supplementary pages</p> : null}
      {row.isOutOfDateOrder ? (
        <p className="tag tag--same">Out of date order: the pages where it belongs were already numbered, so it goes after them</p>
      ) : null}
      {row.checks.length > 0 ? (
        <ul className="bundle-checks" aria-label={`Checks on ${row.title}`}>
          {row.checks.map((check) => (
            <CheckItem key={check.check} check={check} />
          ))}
        </ul>
      ) : null}
      {actions}
    </li>
  );
}

export function SectionIndex({ section, actionsFor }: { section: BundleSectionView; actionsFor: (row: BundleDocumentRow) => ReactNode }) {
  const headingId = `section-${section.letter}`;
  return (
    <section aria-labelledby={headingId} className="bundle-section">
      <h3 id={headingId}>
        Section {section.letter}: {section.title}
      </h3>
      <p className="hint">{section.hint}</p>
      {section.rows.length === 0 ? (
        <p>Nothing in this section yet.</p>
      ) : (
        <ol className="bundle-rows">
          {section.rows.map((row) =>
            row.kind === "gap" ? (
              <li key={`gap-${row.pagesText}`} className="bundle-row bundle-row--gap">
                <p className="bundle-row__pages">Pages {row.pagesText}: not used</p>
                <p className="meta">
                  {row.title} was {row.reason === "removed" ? "taken out" : "replaced by a copy with a different number of pages, or moved to another section"} after the
                  bundle was sent. Its page numbers are not used again, so every other page keeps its number.
                </p>
              </li>
            ) : (
              <DocumentRow key={row.itemId} row={row} actions={actionsFor(row)} />
            ),
          )}
        </ol>
      )}
    </section>
  );
}
