// The family's witness statement (R-TRIB-EXPERTS): numbered paragraphs in date order, each undated
// one where the parent put it; the case's chronology offered as paragraphs to add with one click;
// exhibits referred to by their bundle pages; its real length (the PDF's pages) against 10 pages;
// export to Word or PDF as a numbered version, and every version to download again.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/appeal-statement";
import { openCase } from "~/auth/case-route.server";
import type { CaseAccess } from "~/auth/access.server";
import type { SignedInUser } from "~/context";
import { AdviceNote } from "~/components/appeals/advice-note";
import { KeptVersions, listKeptVersions } from "~/components/appeals/kept-versions";
import { PageLengthNote } from "~/components/appeals/writing";
import { CheckboxGroup, DateField, ErrorSummary, SubmitButton, TextArea, typedDate, typedList, typedOr } from "~/components/form";
import { addParagraph, getAppeal, moveParagraph, removeParagraph, saveAppealDocumentVersion, updateParagraph } from "~/data/appeals.server";
import { listSharing } from "~/data/sharing.server";
import { APPEAL_TYPE_NAMES } from "~/domain/codes/tribunal";
import { formatDate } from "~/domain/presentation";
import { checkStatementLength, describeBundlePlace, paragraphText, planParagraphMove, suggestStatementParagraphs } from "~/domain/tribunal";
import { dateParts } from "~/forms/fields";
import { paragraphFormSchema, STATEMENT_FORMATS, statementOtherActionSchema, WRITING_LIMITS } from "~/forms/appeal-writing";
import { parseForm, parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { assembleStatement, readTimeline } from "~/services/tribunal-documents/assemble.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeal: witness statement", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Witness statement – Clearpath" }];

/** Suggestions from the chronology shown at once: the newest, so the list stays short on a phone. */
const SUGGESTIONS_SHOWN = 8;

async function requireAppeal(access: CaseAccess, appealId: string) {
  const appeal = await getAppeal(access, appealId);
  if (!appeal) fail("not_found");
  return appeal;
}

/** Who signs the statement: the family member reading it, or for an adviser the case's owner. */
async function witnessNameOf(access: CaseAccess, user: SignedInUser): Promise<string> {
  if (access.role === "owner" || access.role === "carer") return user.name;
  const { people } = await listSharing(access);
  return people.find((person) => person.role === "owner")?.name ?? user.name;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, access, can, today } = await openCase({ request, context, params }, "read");
  const appeal = await requireAppeal(access, params.appealId);
  const witnessName = await witnessNameOf(access, user);
  const [source, timeline] = await Promise.all([assembleStatement(access, appeal, { today, witnessName }), canWriteTimeline(can.write, access)]);
  const { statement } = source.content;
  const stored = appeal.statementParagraphs;
  const edit = new URL(request.url).searchParams.get("edit");
  return {
    caseId: access.caseId,
    canWrite: can.write,
    today,
    appeal: { id: appeal.id, title: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}` },
    statement,
    paragraphs: statement.paragraphs.map((paragraph) => ({
      ...paragraph,
      printed: paragraphText(paragraph),
      canMoveUp: planParagraphMove(stored, paragraph.id, "up") !== null,
      canMoveDown: planParagraphMove(stored, paragraph.id, "down") !== null,
    })),
    length: checkStatementLength(source.pages),
    exhibits: [...source.places.values()].map((place) => ({ value: place.documentId, label: `${place.title} (${describeBundlePlace(place)})` })),
    suggestions: suggestStatementParagraphs({ timeline, paragraphs: stored, limit: SUGGESTIONS_SHOWN }),
    versions: listKeptVersions(appeal.documentVersions, "witness_statement"),
    editing: can.write && edit ? (stored.find((paragraph) => paragraph.id === edit) ?? null) : null,
  };
}

/** The chronology, read only for someone who can add from it. */
async function canWriteTimeline(canWrite: boolean, access: CaseAccess) {
  return canWrite ? readTimeline(access) : [];
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access, today } = await openCase({ request, context, params }, "write");
  const appeal = await requireAppeal(access, params.appealId);
  const here = `/cases/${access.caseId}/appeals/${appeal.id}/statement`;
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "add-paragraph" || intent === "update-paragraph") {
    const documentIds = appeal.bundleItems.map((item) => item.documentId);
    // An exhibit already on a paragraph stays allowed, even if its document has left the bundle.
    const allowed = [...new Set([...documentIds, ...appeal.statementParagraphs.flatMap((p) => p.exhibitDocumentIds)])];
    const form = parseForm(formData, paragraphFormSchema({ today, documentIds: allowed }));
    if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
    if (form.data.intent === "update-paragraph") {
      if (!appeal.statementParagraphs.some((p) => p.id === form.data.id) || !(await updateParagraph(access, form.data.id!, form.data.paragraph))) fail("not_found");
      return redirectWithFlash(`${here}#paragraph-${form.data.id}`, "Paragraph saved.");
    }
    await addParagraph(access, appeal.id, form.data.paragraph);
    return redirectWithFlash(`${here}#paragraphs-title`, "Paragraph added.");
  }
  const form = parseIntentForm(formData, statementOtherActionSchema);
  if (!form.ok) fail("not_found");
  switch (form.data.intent) {
    case "export": {
      const witnessName = await witnessNameOf(access, user);
      const { content } = await assembleStatement(access, appeal, { today, witnessName });
      const version = await saveAppealDocumentVersion(access, appeal.id, "witness_statement", content);
      return redirectWithFlash(`${here}.${form.data.format}?version=${version}`, `Version ${version} saved.`);
    }
    case "add-suggestion": {
      const { key } = form.data;
      const all = suggestStatementParagraphs({ timeline: await readTimeline(access), paragraphs: appeal.statementParagraphs, limit: Number.MAX_SAFE_INTEGER });
      const suggestion = all.find((s) => s.key === key);
      if (!suggestion) return redirectWithFlash(here, "That entry is already in your statement.");
      const inBundle = new Set(appeal.bundleItems.map((item) => item.documentId));
      await addParagraph(access, appeal.id, { date: suggestion.date, text: suggestion.text, exhibitDocumentIds: suggestion.exhibitDocumentIds.filter((id) => inBundle.has(id)) });
      return redirectWithFlash(`${here}#paragraphs-title`, "Paragraph added from the timeline. Edit it into your own words.");
    }
    case "remove-paragraph": {
      const { id } = form.data;
      if (!appeal.statementParagraphs.some((p) => p.id === id) || !(await removeParagraph(access, id))) fail("not_found");
      return redirectWithFlash(`${here}#paragraphs-title`, "Paragraph removed.");
    }
    case "move-paragraph": {
      const { id, direction } = form.data;
      if (!appeal.statementParagraphs.some((p) => p.id === id)) fail("not_found");
      const move = planParagraphMove(appeal.statementParagraphs, id, direction);
      if (move) await moveParagraph(access, move.paragraphId, move.direction);
      return redirectWithFlash(`${here}#paragraph-${id}`, move ? "Paragraph moved." : "Paragraphs with dates stay in date order.");
    }
  }
}

export default function AppealStatement({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, appeal, statement, paragraphs, length, exhibits, suggestions, versions, editing } = loaderData;
  const workspace = `/cases/${caseId}/appeals/${appeal.id}`;
  const here = `${workspace}/statement`;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="appeal-writing">
      <p>
        <Link to={workspace}>Back to the appeal</Link>
      </p>
      <h1>Witness statement</h1>
      <p className="lead narrow">
        What happened, in your words, in numbered paragraphs. Paragraphs with a date stay in date order; the others stay where you put them. Refer
        to your evidence and Clearpath adds its pages in the bundle.
      </p>
      <PageLengthNote
        pages={length.pages ?? 0}
        limit={length.limit}
        isEstimate={false}
        level={length.isMet === false ? "over_limit" : length.pages === length.limit ? "at_limit" : length.isNearLimit ? "near_limit" : "within"}
        ruleId={length.ruleId}
        ruleStatus={length.ruleStatus}
        what="a witness statement"
        advice=" The limit does not count the documents you refer to; a separate note can explain why a statement is longer."
      />

      <section aria-labelledby="paragraphs-title">
        <h2 id="paragraphs-title">Your statement</h2>
        <p className="meta">{statement.heading.join(" · ")}</p>
        <p>
          <strong>{statement.title}</strong>
        </p>
        {paragraphs.length === 0 ? <p>No paragraphs yet. Add one below, or start from your timeline.</p> : null}
        <ol className="writing-paragraphs">
          {paragraphs.map((paragraph) => (
            <li key={paragraph.id} id={`paragraph-${paragraph.id}`} className="card writing-paragraph">
              <p className="writing-paragraph__text">
                <span className="writing-paragraph__number">{paragraph.number}.</span>
                {paragraph.printed}
              </p>
              <p className="meta">
                {paragraph.date ? `About ${formatDate(paragraph.date)}` : "No date: stays where you put it"}
                {paragraph.exhibitsNotInBundle.length > 0 ? `. Not in the bundle yet, so no page: ${paragraph.exhibitsNotInBundle.join(", ")}` : ""}
              </p>
              {canWrite ? (
                <div className="writing-paragraph__actions">
                  <Link to={`${here}?edit=${paragraph.id}#editor`}>
                    Edit<span className="visually-hidden"> paragraph {paragraph.number}</span>
                  </Link>
                  {paragraph.canMoveUp ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="id" value={paragraph.id} />
                      <input type="hidden" name="direction" value="up" />
                      <button type="submit" name="intent" value="move-paragraph" className="secondary">
                        Move up<span className="visually-hidden"> paragraph {paragraph.number}</span>
                      </button>
                    </Form>
                  ) : null}
                  {paragraph.canMoveDown ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="id" value={paragraph.id} />
                      <input type="hidden" name="direction" value="down" />
                      <button type="submit" name="intent" value="move-paragraph" className="secondary">
                        Move down<span className="visually-hidden"> paragraph {paragraph.number}</span>
                      </button>
                    </Form>
                  ) : null}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="id" value={paragraph.id} />
                    <button type="submit" name="intent" value="remove-paragraph" className="secondary">
                      Remove<span className="visually-hidden"> paragraph {paragraph.number}</span>
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <p>
          <strong>Statement of truth.</strong> {statement.statementOfTruth}
        </p>
        <p className="hint">
          The Word and PDF files end with this line and a place to sign and date by hand. The tribunal asks for numbered paragraphs in 12-point
          type; the wording of the statement of truth is ours.
        </p>
      </section>

      {canWrite ? (
        <Form method="post" className="writing-editor narrow" id="editor" aria-labelledby="editor-title" noValidate>
          <h2 id="editor-title">{editing ? "Edit the paragraph" : "Add a paragraph"}</h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <input type="hidden" name="intent" value={editing ? "update-paragraph" : "add-paragraph"} />
          <input type="hidden" name="id" value={editing?.id ?? ""} />
          <TextArea
            name="text"
            label="What happened"
            hint="One point a paragraph, in your own words."
            errors={errors}
            maxLength={WRITING_LIMITS.paragraph}
            rows={6}
            defaultValue={typedOr(values, "text", editing?.text ?? null)}
          />
          <DateField name="date" legend="The date it is about (if it is about one)" hint="For example 3 3 2026. Leave empty to keep it where you put it." errors={errors} value={typedDate(values, "date", dateParts(editing?.date))} />
          {exhibits.length > 0 ? (
            <CheckboxGroup
              name="exhibits"
              legend="Documents it refers to"
              hint="Their pages in the bundle go at the end of the paragraph."
              errors={errors}
              options={exhibits}
              selected={typedList(values, "exhibits", editing?.exhibitDocumentIds ?? [])}
            />
          ) : (
            <p className="hint">
              To refer to a document by its page, first <Link to={`${workspace}/bundle`}>add it to the bundle</Link>.
            </p>
          )}
          <div className="actions">
            <SubmitButton>{editing ? "Save the paragraph" : "Add the paragraph"}</SubmitButton>
            {editing ? <Link to={here}>Cancel</Link> : null}
          </div>
        </Form>
      ) : null}

      {canWrite && suggestions.length > 0 ? (
        <section aria-labelledby="suggestions-title" className="narrow">
          <h2 id="suggestions-title">From your timeline</h2>
          <p>The newest things in your case that are not in the statement yet. Add one, then edit it into your own words.</p>
          <ul className="writing-lines">
            {suggestions.map((suggestion) => (
              <li key={suggestion.key} className="card writing-line">
                <p className="writing-line__text">{suggestion.text}</p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="key" value={suggestion.key} />
                  <button type="submit" name="intent" value="add-suggestion" className="secondary">
                    Add as a paragraph<span className="visually-hidden">: {suggestion.text}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/cases/${caseId}/timeline`}>See the whole timeline</Link>
          </p>
        </section>
      ) : null}

      <KeptVersions path={here} formats={STATEMENT_FORMATS} versions={versions} canWrite={canWrite} />
      <AdviceNote />
    </section>
  );
}
