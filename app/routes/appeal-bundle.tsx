// An appeal's evidence bundle (issue 23): the page budget for the appeal type as documents are
// added, the documents of the case put in sections (each one's pages read from its file), the index
// as it will print with page numbers that stay put once the bundle is sent (decision 140), the checks
// on expert reports and witness statements, and the PDF. Every form works without JavaScript.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/appeal-bundle";
import { openCase } from "~/auth/case-route.server";
import { LawDisclosure } from "~/components/statutory/deadline-card";
import { BudgetPanel, SectionIndex } from "~/components/tribunal-bundle/bundle-parts";
import { AddForm, DateField, ErrorSummary, RadioGroup, SelectField, SubmitButton, TextField, typedDate, typedOr } from "~/components/form";
import { addBundleItem, fixBundle, removeBundleItem, updateBundleItem } from "~/data/appeals.server";
import { APPEAL_TYPE_NAMES, BUNDLE_ITEM_KIND_LABELS, BUNDLE_ITEM_KINDS, BUNDLE_SECTION_LETTERS, BUNDLE_SECTION_TITLES, BUNDLE_SECTIONS } from "~/domain/codes/tribunal";
import { formatDate, plural } from "~/domain/presentation";
import { checkPageBudget } from "~/domain/tribunal/page-budget";
import { EVIDENCE_SECTIONS, viewBundle, type BundleDocumentRow } from "~/domain/tribunal/bundle-view";
import { fail } from "~/errors";
import { bundleActionSchema } from "~/forms/appeal-bundle";
import { dateParts } from "~/forms/fields";
import { formValues, parseIntentForm, readForm, type FieldErrors } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { countDocumentPages, readAppealBundle } from "~/services/tribunal-bundle/build-bundle.server";

export const handle: RouteHandle = { page: { name: "Appeals: evidence bundle", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Evidence bundle – Clearpath" }];

const SECTION_OPTIONS = BUNDLE_SECTIONS.map((section) => ({ value: section, label: `${BUNDLE_SECTION_LETTERS[section]}: ${BUNDLE_SECTION_TITLES[section]}` }));
const KIND_OPTIONS = BUNDLE_ITEM_KINDS.map((kind) => ({ value: kind, label: BUNDLE_ITEM_KIND_LABELS[kind] }));

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const found = await readAppealBundle(access, params.appealId);
  if (!found) fail("not_found");
  const view = viewBundle({ appeal: found.appeal, documents: found.documents, today });
  return {
    base: `/cases/${access.caseId}`,
    appealPath: `/cases/${access.caseId}/appeals/${found.appeal.id}`,
    canWrite: can.write,
    isOwner: can.own,
    typeName: APPEAL_TYPE_NAMES[found.appeal.appealType],
    budgetStatus: view.rules.find((rule) => rule.id === view.budget.ruleId)!.status,
    view,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const found = await readAppealBundle(access, params.appealId);
  if (!found) fail("not_found");
  const here = `/cases/${access.caseId}/appeals/${found.appeal.id}/bundle`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, bundleActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const refuse = (documentId: string) => data({ errors: { documentId } as FieldErrors, values: formValues(formData) }, { status: 400 });
  const itemOf = (itemId: string) => found.appeal.bundleItems.find((item) => item.id === itemId) ?? fail("not_found");

  switch (form.data.intent) {
    case "add": {
      const { intent: _intent, ...input } = form.data;
      const document = found.documents.find((choice) => choice.id === input.documentId);
      if (!document) fail("not_found");
      if (!document.date)
        return refuse("This document has no date. Give it a date on its page first: the bundle is in date order.");
      const counted = await countDocumentPages(access, input.documentId);
      if (!counted.ok) {
        if (counted.reason === "not_found") fail("not_found");
        return refuse("Clearpath could not count the pages of this file in the time and memory it allows. Open the file to check it, or upload a smaller copy.");
      }
      await addBundleItem(access, found.appeal.id, { ...input, pages: counted.pages });
      return redirectWithFlash(here, addedMessage(found, document.title, input.section, counted.pages));
    }
    case "update": {
      const { intent: _intent, itemId, ...input } = form.data;
      const item = itemOf(itemId);
      if (!(await updateBundleItem(access, item.id, { ...input, pages: item.pages }))) fail("not_found");
      return redirectWithFlash(here, "Bundle document saved.");
    }
    case "remove": {
      const item = itemOf(form.data.itemId);
      if (!(await removeBundleItem(access, item.id))) fail("not_found");
      return redirectWithFlash(
        here,
        found.appeal.bundleFixed ? "Taken out of the bundle. Its page numbers stay unused, so no other page moves." : "Taken out of the bundle. The document is still in the case.",
      );
    }
    case "fix": {
      if (!(await fixBundle(access, found.appeal.id, found.pagination.items, today))) fail("not_found");
      return redirectWithFlash(here, `Marked as sent on ${formatDate(today)}. The page numbers are now fixed.`);
    }
  }
}

/** The confirmation after adding a document: its pages, and the budget if it now warns. */
function addedMessage(found: NonNullable<Awaited<ReturnType<typeof readAppealBundle>>>, title: string, section: (typeof BUNDLE_SECTIONS)[number], pages: number): string {
  const added = `Added ${title}: ${plural(pages, "page")}${found.appeal.bundleFixed ? ", on supplementary pages" : ""}.`;
  if (!EVIDENCE_SECTIONS.includes(section)) return added;
  const counted = found.appeal.bundleItems.filter((item) => EVIDENCE_SECTIONS.includes(item.section)).reduce((sum, item) => sum + item.pages, 0);
  const budget = checkPageBudget({ part: { kind: "evidence", appealType: found.appeal.appealType }, pagesUsed: counted + pages });
  if (budget.level === "over_limit") return `${added} Your evidence is now over the limit by ${plural(budget.pagesOver, "page")}: see what to do below.`;
  if (budget.level !== "within") return `${added} Your evidence is close to the limit: ${plural(budget.pagesLeft, "page")} left.`;
  return added;
}

export default function AppealBundle({ loaderData, actionData }: Route.ComponentProps) {
  const { base, appealPath, canWrite, isOwner, view, typeName, budgetStatus } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const isFixed = view.fixedOn !== null;

  const actionsFor = (row: BundleDocumentRow) => (canWrite ? <EditRow row={row} /> : null);

  return (
    <section>
      <p>
        <Link to={appealPath}>Back to the appeal</Link>
      </p>
      <h1>Evidence bundle</h1>
      <p className="lead">
        Your evidence for the tribunal, in sections and in date order, with its page numbers as it will print: {plural(view.totalPages, "page")} of documents.
      </p>
      <p>
        <a href={`${appealPath}/bundle.pdf`} download>
          Download the bundle (PDF)
        </a>{" "}
        <span className="meta">a cover, the index, a page before each section and every document, each page numbered at the foot, with bookmarks.</span>
      </p>
      {isOwner ? (
        <p>
          <Link to={`${appealPath}/bundle/share`}>Share the bundle by a link (for a representative without an account)</Link>
        </p>
      ) : null}

      {values?.intent === "update" || values?.intent === "remove" ? <ErrorSummary errors={errors} /> : null}

      <BudgetPanel view={view} typeName={typeName} status={budgetStatus} />

      {isFixed ? (
        <section className="panel" aria-labelledby="fixed">
          <h2 id="fixed">Page numbers fixed on {formatDate(view.fixedOn!)}</h2>
          <p>
            You marked the bundle as sent, so everyone can refer to its pages. A document you add now goes where it belongs on extra pages (after page 45: 45A, 45B),
            and a document you take out leaves its pages unused, so no page number changes.
            {view.addedSinceFixed > 0 ? ` ${plural(view.addedSinceFixed, "document")} added since.` : ""}
            {view.gaps > 0 ? ` ${plural(view.gaps, "set", "sets")} of unused pages.` : ""}
          </p>
          {view.addedSinceFixed > 0 ? (
            <p>
              Evidence sent after the deadline is used only if the tribunal agrees: ask on form SEND7 and say why it is late (rule R-TRIB-MORE-PAGES, not yet checked against the law's own text).
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="index">
        <h2 id="index">The index, as it will print</h2>
        {view.pagination.items.length === 0 ? <p>No documents in the bundle yet. Add them below.</p> : null}
        {view.sections.map((section) => (
          <SectionIndex key={section.section} section={section} actionsFor={actionsFor} />
        ))}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="add">
          <h2 id="add">Add a document of the case</h2>
          <p>
            Clearpath reads how many pages it has from the file: a PDF by its pages, a picture as one page, and other files (Word, emails, notes) as their text laid out
            on A4 pages, as in the PDF.
          </p>
          {view.choices.length === 0 ? (
            <p>
              Every dated document of the case is in the bundle. <Link to={`${base}/documents`}>Upload a document</Link> to add more.
            </p>
          ) : (
            <>
              {values?.intent === "add" ? <ErrorSummary errors={errors} labels={{ reportDate: "date" }} /> : null}
              <AddForm method="post" noValidate>
                <input type="hidden" name="intent" value="add" />
                <SelectField
                  name="documentId"
                  label="Document"
                  errors={errors}
                  options={view.choices.map((choice) => ({ value: choice.id, label: `${choice.title} (${formatDate(choice.date)})` }))}
                  selected={typedOr(values, "documentId", "")}
                  emptyLabel="Choose a document"
                />
                <RadioGroup name="section" legend="Section" errors={errors} options={SECTION_OPTIONS} selected={typedOr(values, "section", "")} hint="The index shows what goes in each." />
                <RadioGroup name="kind" legend="What it is" errors={errors} options={KIND_OPTIONS} selected={typedOr(values, "kind", "document")} />
                <TextField
                  name="summaryPages"
                  label="Expert report: pages of its summary at the start (optional)"
                  hint="0 if it has none. A report needs a summary of no more than 2 pages."
                  width="short"
                  inputMode="numeric"
                  errors={errors}
                  defaultValue={typedOr(values, "summaryPages", "")}
                />
                <DateField name="reportDate" legend="Expert report: the date it was written (optional)" errors={errors} value={typedDate(values, "reportDate", dateParts(null))} />
                <SubmitButton savingText="Counting its pages…">Add to the bundle</SubmitButton>
              </AddForm>
            </>
          )}
          {view.undated.length > 0 ? (
            <p className="hint">
              {plural(view.undated.length, "document")} of the case {view.undated.length === 1 ? "has" : "have"} no date, so {view.undated.length === 1 ? "it" : "they"} cannot be put in
              date order: {view.undated.map((document) => document.title).join(", ")}. Give {view.undated.length === 1 ? "it" : "them"} a date on the{" "}
              <Link to={`${base}/documents`}>documents page</Link> first.
            </p>
          ) : null}
        </section>
      ) : null}

      {canWrite && view.pagination.items.length > 0 ? (
        <section className="narrow" aria-labelledby="send">
          <h2 id="send">{isFixed ? "Sent it again?" : "Mark as sent"}</h2>
          <p>
            When you send the bundle to the tribunal and the council, mark it as sent. Its page numbers are then fixed: what you add later goes on extra pages, so what
            anyone has written about page 45 still means the same page.
          </p>
          {values?.intent === "fix" ? <ErrorSummary errors={errors} /> : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="fix" />
            <div className={`field choices${errors?.confirm ? " field--error" : ""}`}>
              {errors?.confirm ? (
                <p className="field-error" id="confirm-error">
                  <span className="visually-hidden">Error: </span>
                  {errors.confirm}
                </p>
              ) : null}
              <div className="choice">
                <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
                <label htmlFor="confirm">I sent the bundle as it is shown here</label>
              </div>
            </div>
            <div className="actions">
              <button type="submit">Mark as sent</button>
            </div>
          </Form>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="advice">
        <h2 id="advice">Information, not legal advice</h2>
        <p>
          Since July 2025 the council puts the hearing bundle together; you send your evidence by the date in the tribunal's directions. Clearpath helps you get it
          ready and keep to the rules as we understand them; it is not legal advice. For advice on your appeal, contact{" "}
          <a href="https://www.ipsea.org.uk/">IPSEA</a> or your local SEND information, advice and support service (SENDIASS), which are free.
        </p>
      </section>

      <LawDisclosure rules={view.rules} title="The tribunal's rules for evidence" />
    </section>
  );
}

/**
 * Changing how one document is filed, or taking it out. Its fields carry the row's id in theirs,
 * so the page never has two fields with one id.
 */
function EditRow({ row }: { row: BundleDocumentRow }) {
  const id = (name: string) => `item-${row.itemId}-${name}`;
  const date = dateParts(row.reportDate);
  return (
    <details className="bundle-row__edit">
      <summary>
        Change or take out<span className="visually-hidden">: {row.title}</span>
      </summary>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="itemId" value={row.itemId} />
        <div className="field">
          <label htmlFor={id("section")}>Section</label>
          <select id={id("section")} name="section" defaultValue={row.section}>
            {SECTION_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("kind")}>What it is</label>
          <select id={id("kind")} name="kind" defaultValue={row.itemKind}>
            {KIND_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("summary")}>Expert report: pages of its summary at the start (0 if none)</label>
          <input id={id("summary")} name="summaryPages" inputMode="numeric" className="input--short" defaultValue={row.summaryPages === null ? "" : String(row.summaryPages)} />
        </div>
        <fieldset className="field date-field">
          <legend>Expert report: the date it was written</legend>
          <div className="date-field__parts">
            {(["day", "month", "year"] as const).map((part) => (
              <div key={part} className="date-field__part">
                <label htmlFor={id(`date-${part}`)}>{part[0]!.toUpperCase() + part.slice(1)}</label>
                <input
                  id={id(`date-${part}`)}
                  name={`reportDate.${part}`}
                  inputMode="numeric"
                  className={part === "year" ? "input--year" : "input--2"}
                  maxLength={part === "year" ? 4 : 2}
                  defaultValue={date[part]}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="secondary">
            Save<span className="visually-hidden"> {row.title}</span>
          </button>
        </div>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="itemId" value={row.itemId} />
        <button type="submit" className="danger">
          Take out of the bundle<span className="visually-hidden">: {row.title}</span>
        </button>
      </Form>
    </details>
  );
}
