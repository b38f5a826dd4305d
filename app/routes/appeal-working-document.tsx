// The working document (R-TRIB-WORKING-DOC): the plan's Sections B, F and I line by line, with
// each change the family or the council proposes (or both agree) shown in the tribunal's mark-up
// key, its reason and evidence pages as footnotes; one editor at a time (chosen by a link, so it
// works without JavaScript); its estimated length against 25 pages; export to Word as a numbered
// version, and every version to download again.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/appeal-working-document";
import { openCase } from "~/auth/case-route.server";
import type { CaseAccess } from "~/auth/access.server";
import { AdviceNote } from "~/components/appeals/advice-note";
import { KeptVersions, listKeptVersions } from "~/components/appeals/kept-versions";
import { MarkedLine, PageLengthNote, RuleStatusNote } from "~/components/appeals/writing";
import { ErrorSummary, RadioGroup, SubmitButton, TextArea, TextField, typedOr } from "~/components/form";
import { addProposal, getAppeal, moveProposal, removeProposal, saveAppealDocumentVersion, updateProposal } from "~/data/appeals.server";
import type { AppealProposal } from "~/domain/case/case-document";
import {
  APPEAL_SECTION_LABELS,
  APPEAL_SECTIONS,
  APPEAL_TYPE_NAMES,
  PLAN_CONTENT_APPEAL_TYPES,
  PROPOSAL_KIND_LABELS,
  PROPOSAL_KIND_MARKUP,
  PROPOSAL_KINDS,
  type AppealSection,
  type ProposalKind,
} from "~/domain/codes/tribunal";
import { checkWorkingDocumentLength, describeBundlePlace, MARKUP_KEY, WORKING_DOCUMENT_RULE } from "~/domain/tribunal";
import { WRITING_LIMITS, workingDocumentActionSchema } from "~/forms/appeal-writing";
import { parseForm, parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { assembleWorkingDocument, readBundlePlaces } from "~/services/tribunal-documents/assemble.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Appeal: working document", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Working document – Clearpath" }];

async function requireAppeal(access: CaseAccess, appealId: string) {
  const appeal = await getAppeal(access, appealId);
  if (!appeal) fail("not_found");
  return appeal;
}

/** Which editor the page opens: a change to a plan line, an existing change, or a new line of a section. */
function editorOf(url: URL): { line: string | null; edit: string | null; add: AppealSection | null } {
  const add = url.searchParams.get("add");
  return { line: url.searchParams.get("line"), edit: url.searchParams.get("edit"), add: (APPEAL_SECTIONS as readonly string[]).includes(add ?? "") ? (add as AppealSection) : null };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const appeal = await requireAppeal(access, params.appealId);
  const [source, { places }] = await Promise.all([assembleWorkingDocument(access, appeal, today), readBundlePlaces(access, appeal)]);
  const { document } = source.content;
  return {
    caseId: access.caseId,
    canWrite: can.write,
    appeal: { id: appeal.id, title: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}`, isAboutPlan: PLAN_CONTENT_APPEAL_TYPES.includes(appeal.appealType) },
    plan: source.plan,
    lines: source.lines,
    proposals: appeal.proposals,
    document,
    length: checkWorkingDocumentLength(document),
    bundle: [...places.values()].map((place) => ({ title: place.title, pages: describeBundlePlace(place) })),
    versions: listKeptVersions(appeal.documentVersions, "working_document"),
    editor: can.write ? editorOf(new URL(request.url)) : { line: null, edit: null, add: null },
  };
}

/** The number of single moves that take a change past its nearest sibling (same section, same line or both new) that way. */
function movesToSibling(proposals: readonly AppealProposal[], lineIds: ReadonlySet<string>, id: string, direction: "up" | "down"): number {
  const at = proposals.findIndex((p) => p.id === id);
  if (at < 0) return 0;
  const anchor = (p: AppealProposal) => `${p.section}|${p.planLineId !== null && lineIds.has(p.planLineId) ? p.planLineId : "new"}`;
  const step = direction === "up" ? -1 : 1;
  for (let index = at + step; index >= 0 && index < proposals.length; index += step) if (anchor(proposals[index]!) === anchor(proposals[at]!)) return Math.abs(index - at);
  return 0;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const appeal = await requireAppeal(access, params.appealId);
  const here = `/cases/${access.caseId}/appeals/${appeal.id}/working-document`;
  const source = await assembleWorkingDocument(access, appeal, today);
  const lineIds = new Set(source.lines.map((line) => line.id));
  const schemas = workingDocumentActionSchema({ planLineIds: [...lineIds] });
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "add-proposal" || intent === "update-proposal") {
    const form = parseForm(formData, schemas.proposal);
    if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
    if (form.data.intent === "update-proposal") {
      if (!appeal.proposals.some((p) => p.id === form.data.id) || !(await updateProposal(access, form.data.id!, form.data.proposal))) fail("not_found");
      return redirectWithFlash(`${here}#section-${form.data.proposal.section}`, "Change saved.");
    }
    await addProposal(access, appeal.id, form.data.proposal);
    return redirectWithFlash(`${here}#section-${form.data.proposal.section}`, "Change added.");
  }
  const form = parseIntentForm(formData, schemas.other);
  if (!form.ok) fail("not_found");
  if (form.data.intent === "export") {
    const version = await saveAppealDocumentVersion(access, appeal.id, "working_document", source.content);
    return redirectWithFlash(`${here}.docx?version=${version}`, `Version ${version} saved.`);
  }
  const { id } = form.data;
  if (!appeal.proposals.some((p) => p.id === id)) fail("not_found");
  if (form.data.intent === "remove-proposal") {
    if (!(await removeProposal(access, id))) fail("not_found");
    return redirectWithFlash(here, "Change removed.");
  }
  const moves = movesToSibling(appeal.proposals, lineIds, id, form.data.direction);
  for (let count = 0; count < moves; count += 1) await moveProposal(access, id, form.data.direction);
  return redirectWithFlash(`${here}#change-${id}`, moves > 0 ? "Change moved." : "That change cannot move further.");
}

export default function AppealWorkingDocument({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, appeal, plan, lines, proposals, document, length, bundle, versions, editor } = loaderData;
  const workspace = `/cases/${caseId}/appeals/${appeal.id}`;
  const here = `${workspace}/working-document`;
  const values = actionData?.values;
  const errors = actionData?.errors;
  // After an error the editor shows what was typed; otherwise the change or line the link chose.
  const editing = values
    ? { id: typeof values.id === "string" && values.id !== "" ? values.id : null, planLineId: typeof values.planLineId === "string" && values.planLineId !== "" ? values.planLineId : null, section: String(values.section ?? "") }
    : editor.edit
      ? (() => {
          const proposal = proposals.find((p) => p.id === editor.edit);
          return proposal ? { id: proposal.id, planLineId: proposal.planLineId, section: proposal.section as string } : null;
        })()
      : editor.line
        ? (() => {
            const line = lines.find((l) => l.id === editor.line);
            return line ? { id: null, planLineId: line.id, section: line.section as string } : null;
          })()
        : editor.add
          ? { id: null, planLineId: null, section: editor.add as string }
          : null;
  const proposal = editing?.id ? proposals.find((p) => p.id === editing.id) : undefined;
  const line = editing?.planLineId ? lines.find((l) => l.id === editing.planLineId) : undefined;
  const kinds: readonly ProposalKind[] = line ? PROPOSAL_KINDS : ["parent_add", "la_add", "agreed"];
  const proposalIds = new Set(proposals.map((p) => p.id));
  return (
    <section className="appeal-writing">
      <p>
        <Link to={workspace}>Back to the appeal</Link>
      </p>
      <h1>Working document</h1>
      <p className="lead narrow">
        The changes you want to the plan, line by line, each with the reason and the pages of your evidence. Send it as a Word document by the
        date in the tribunal&apos;s directions; the council usually starts it, and both sides mark it up before the hearing.
      </p>
      {appeal.isAboutPlan ? null : (
        <p className="writing-warning narrow">A working document is for an appeal about what a plan says (Sections B, F or I). This appeal is not, so you may not need one.</p>
      )}
      <PageLengthNote
        pages={length.pagesUsed}
        limit={length.workingLimit}
        isEstimate
        level={length.level}
        ruleId={length.ruleId}
        ruleStatus={length.ruleStatus}
        what="the working document"
      />

      <details className="writing-key">
        <summary>The mark-up key</summary>
        <ul>
          {MARKUP_KEY.map((entry) => (
            <li key={entry.style}>
              <MarkedLine runs={[{ text: entry.meaning, style: entry.style, marks: entry.marks }]} />
            </li>
          ))}
        </ul>
        <p>No tracked changes and no comments in the file: evidence goes in footnotes.</p>
        <RuleStatusNote ruleId={WORKING_DOCUMENT_RULE.ruleId} status={WORKING_DOCUMENT_RULE.ruleStatus}>
          This is the key advice services describe. Whether the tribunal&apos;s practice direction itself sets it out has not been checked.
        </RuleStatusNote>
      </details>

      {plan ? (
        <p>Starting from the {plan.name.charAt(0).toLowerCase() + plan.name.slice(1)}.</p>
      ) : (
        <p className="writing-warning narrow">
          There is no final or amended EHC plan in the case yet, so there are no lines to start from. <Link to={`/cases/${caseId}/plans`}>Add the plan</Link>{" "}
          to see its lines here, or add new lines below.
        </p>
      )}

      {editing && canWrite ? (
        <Form method="post" className="writing-editor narrow" id="editor" aria-labelledby="editor-title" noValidate>
          <h2 id="editor-title">{proposal ? "Edit this change" : line ? "Propose a change to this line" : `Add a new line to ${APPEAL_SECTION_LABELS[editing.section as AppealSection] ?? "the plan"}`}</h2>
          <ErrorSummary errors={errors} />
          <input type="hidden" name="intent" value={proposal ? "update-proposal" : "add-proposal"} />
          <input type="hidden" name="id" value={proposal?.id ?? ""} />
          <input type="hidden" name="section" value={editing.section} />
          <input type="hidden" name="planLineId" value={editing.planLineId ?? ""} />
          {line ? (
            <>
              <p className="hint">The plan says:</p>
              <blockquote className="writing-quote">{line.text}</blockquote>
            </>
          ) : null}
          <RadioGroup
            name="kind"
            legend="Who wants this change?"
            errors={errors}
            options={kinds.map((kind) => ({ value: kind, label: `${PROPOSAL_KIND_LABELS[kind]} (shown ${PROPOSAL_KIND_MARKUP[kind]})` }))}
            selected={typedOr(values, "kind", proposal?.kind ?? null)}
          />
          <TextArea
            name="proposedText"
            label="The new words"
            hint="Leave this empty when words are only taken out."
            errors={errors}
            maxLength={WRITING_LIMITS.proposedText}
            rows={4}
            defaultValue={typedOr(values, "proposedText", proposal?.proposedText ?? null)}
          />
          <TextArea name="reason" label="Why (this goes in a footnote)" errors={errors} maxLength={WRITING_LIMITS.reason} rows={3} defaultValue={typedOr(values, "reason", proposal?.reason ?? null)} />
          <TextField
            name="evidencePages"
            label="Pages of your evidence in the bundle"
            hint="For example 45–47. They go in the footnote."
            errors={errors}
            maxLength={WRITING_LIMITS.evidencePages}
            width="medium"
            defaultValue={typedOr(values, "evidencePages", proposal?.evidencePages ?? null)}
          />
          {bundle.length > 0 ? (
            <details>
              <summary>Pages in your bundle</summary>
              <ul>
                {bundle.map((item) => (
                  <li key={`${item.title}-${item.pages}`}>
                    {item.title}: {item.pages}
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="hint">
              Your bundle has no documents yet. <Link to={`${workspace}/bundle`}>Add your evidence to the bundle</Link> to see its pages.
            </p>
          )}
          <div className="actions">
            <SubmitButton>{proposal ? "Save the change" : "Add the change"}</SubmitButton>
            <Link to={here}>Cancel</Link>
          </div>
        </Form>
      ) : null}

      {document.sections.map((section) => (
        <section key={section.section} aria-labelledby={`section-${section.section}`} className="writing-section">
          <h2 id={`section-${section.section}`}>{section.title}</h2>
          {section.lines.length === 0 ? <p>No lines in this section yet.</p> : null}
          <ol className="writing-lines">
            {section.lines.map((entry, index) => {
              const key = entry.proposalId ?? entry.planLineId ?? String(index);
              const change = entry.proposalId ? proposals.find((p) => p.id === entry.proposalId) : undefined;
              return (
                <li key={key} id={entry.proposalId ? `change-${entry.proposalId}` : undefined} className="card writing-line">
                  <p className="writing-line__text">
                    <MarkedLine runs={entry.runs} />
                    {entry.footnote !== null ? (
                      <sup>
                        <a href={`#footnote-${entry.footnote}`} aria-label={`Footnote ${entry.footnote}`}>
                          {entry.footnote}
                        </a>
                      </sup>
                    ) : null}
                  </p>
                  <p className="meta">
                    {entry.kind === "original" ? "As the plan says" : PROPOSAL_KIND_LABELS[entry.kind]}
                    {entry.isDetached ? ". This line is no longer in the plan." : ""}
                  </p>
                  {canWrite ? (
                    <div className="writing-line__actions">
                      {entry.kind === "original" && entry.planLineId ? (
                        <Link to={`${here}?line=${entry.planLineId}#editor`}>Propose a change to this line</Link>
                      ) : null}
                      {entry.planLineId && entry.kind !== "original" && !entry.isDetached ? (
                        <Link to={`${here}?line=${entry.planLineId}#editor`}>Propose another change</Link>
                      ) : null}
                      {change && proposalIds.has(change.id) ? (
                        <>
                          <Link to={`${here}?edit=${change.id}#editor`}>Edit this change</Link>
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="id" value={change.id} />
                            <input type="hidden" name="direction" value="up" />
                            <button type="submit" name="intent" value="move-proposal" className="secondary">
                              Move up<span className="visually-hidden"> the change to line {index + 1}</span>
                            </button>
                          </Form>
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="id" value={change.id} />
                            <input type="hidden" name="direction" value="down" />
                            <button type="submit" name="intent" value="move-proposal" className="secondary">
                              Move down<span className="visually-hidden"> the change to line {index + 1}</span>
                            </button>
                          </Form>
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="id" value={change.id} />
                            <button type="submit" name="intent" value="remove-proposal" className="secondary">
                              Remove<span className="visually-hidden"> the change to line {index + 1}</span>
                            </button>
                          </Form>
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {canWrite ? (
            <p>
              <Link to={`${here}?add=${section.section}#editor`}>Add a new line to Section {section.section}</Link>
            </p>
          ) : null}
        </section>
      ))}

      {document.footnotes.length > 0 ? (
        <section aria-labelledby="footnotes-title">
          <h2 id="footnotes-title">Footnotes</h2>
          <ol className="writing-footnotes">
            {document.footnotes.map((footnote) => (
              <li key={footnote.number} id={`footnote-${footnote.number}`}>
                {footnote.text}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <KeptVersions path={here} formats={["docx"]} versions={versions} canWrite={canWrite} />
      <AdviceNote />
    </section>
  );
}
