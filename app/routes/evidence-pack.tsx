// One evidence pack: its details, the documents in it (ticked from the evidence library), their
// order, and the PDF to download. Every form works without JavaScript.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/evidence-pack";
import { openCase } from "~/auth/case-route.server";
import { CheckboxGroup, ErrorSummary, TextArea, TextField, typedOr } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { PdfCharactersNotice } from "~/components/pdf-characters-notice";
import { listDocumentChoices } from "~/data/documents.server";
import { deleteEvidencePack, findEvidencePack, moveEvidencePackDocument, saveEvidencePack } from "~/data/evidence-packs.server";
import { PACK_LIMITS, PACK_PART_LABELS, PACK_PARTS, packActionSchema } from "~/forms/evidence-packs";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { findPackUnprintable } from "~/services/evidence-pack/build-pack.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Evidence packs: one record", section: "evidence" } };

export const meta: Route.MetaFunction = ({ data: loaderData }) => [{ title: `${loaderData?.pack.title ?? "Evidence pack"} – Clearpath` }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const pack = await findEvidencePack(access, params.packId);
  if (!pack) fail("not_found");
  const choices = await listDocumentChoices(access);
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const label = (choice: (typeof choices)[number]) => (choice.date ? `${choice.title} (${formatDate(choice.date)})` : choice.title);
  return {
    base: `/cases/${access.caseId}`,
    canWrite: can.write,
    isOwner: can.own,
    pack: {
      id: pack.id,
      title: pack.title,
      purpose: pack.purpose,
      parts: PACK_PARTS.filter((part) => (part === "chronology" ? pack.includeChronology : pack.includeSummary)),
      documentIds: pack.documentIds,
    },
    inOrder: pack.documentIds.flatMap((id) => {
      const choice = byId.get(id);
      return choice ? [{ id, label: label(choice) }] : [];
    }),
    choices: choices.map((choice) => ({ value: choice.id, label: label(choice) })),
    unprintable: await findPackUnprintable(access, pack, today),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const here = `/cases/${access.caseId}/evidence-packs/${params.packId}`;
  const form = parseIntentForm(await readForm(request), packActionSchema);
  if (!form.ok) {
    // The order buttons name a document of the pack; one that is not there is not found.
    if (form.values.intent === "move") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  switch (form.data.intent) {
    case "delete":
      if (!(await deleteEvidencePack(access, params.packId))) fail("not_found");
      return redirectWithFlash(`/cases/${access.caseId}/evidence-packs`, "Pack deleted. The documents are still in your evidence library.");
    case "move":
      if (!(await moveEvidencePackDocument(access, params.packId, form.data.documentId, form.data.direction))) fail("not_found");
      return redirect(`${here}#order`);
    case "save":
      if (!(await saveEvidencePack(access, params.packId, form.data.details, form.data.documentIds))) fail("not_found");
      return redirectWithFlash(here, "Pack saved.");
  }
}

export default function EvidencePack({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, pack, inOrder, choices } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const typedList = (name: string, stored: readonly string[]) => {
    if (!values) return stored;
    const typed = values[`${name}[]`];
    return Array.isArray(typed) ? typed : typed ? [typed] : [];
  };
  return (
    <section>
      <p>
        <Link to={`${base}/evidence-packs`}>All evidence packs</Link>
      </p>
      <h1>{pack.title}</h1>
      {pack.purpose ? <p className="lead">{pack.purpose}</p> : null}
      <PdfCharactersNotice kinds={loaderData.unprintable} keptIn="Clearpath keeps them as typed." />
      <p>
        <a href={`${base}/evidence-packs/${pack.id}/pack.pdf`} download>
          Download the pack (PDF)
        </a>
      </p>
      {loaderData.isOwner ? (
        <p>
          <Link to={`${base}/evidence-packs/${pack.id}/share`}>Share this pack by a link (for someone without an account)</Link>
        </p>
      ) : null}

      <section aria-labelledby="order">
        <h2 id="order" tabIndex={-1}>
          Documents, in the order they go in
        </h2>
        {inOrder.length === 0 ? (
          <p>No documents chosen yet.</p>
        ) : (
          <ol className="pack-order">
            {inOrder.map((item, index) => (
              <li key={item.id}>
                <span>{item.label}</span>
                {canWrite ? (
                  <span className="actions">
                    {index > 0 ? <MoveButton documentId={item.id} label={item.label} direction="up" /> : null}
                    {index < inOrder.length - 1 ? <MoveButton documentId={item.id} label={item.label} direction="down" /> : null}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {canWrite ? (
        <>
          <section className="narrow" aria-labelledby="choose">
            <h2 id="choose">Choose what goes in</h2>
            <ErrorSummary errors={errors} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="save" />
              <TextField name="title" label="Title" maxLength={PACK_LIMITS.title} errors={errors} defaultValue={typedOr(values, "title", pack.title)} />
              <TextArea name="purpose" label="What it is for (optional)" rows={2} maxLength={PACK_LIMITS.purpose} errors={errors} defaultValue={typedOr(values, "purpose", pack.purpose)} />
              <CheckboxGroup
                name="parts"
                legend="What goes in before the documents"
                options={PACK_PARTS.map((value) => ({ value, label: PACK_PART_LABELS[value] }))}
                selected={typedList("parts", pack.parts)}
                errors={errors}
              />
              {choices.length === 0 ? (
                <p>
                  There are no documents in this case yet. <Link to={`${base}/documents`}>Upload documents</Link> first.
                </p>
              ) : (
                <CheckboxGroup
                  name="documentIds"
                  legend="Documents"
                  hint="Newly ticked documents go at the end, oldest first. Change the order above."
                  options={choices}
                  selected={typedList("documentIds", pack.documentIds)}
                  errors={errors}
                />
              )}
              <div className="actions">
                <button type="submit">Save the pack</button>
              </div>
            </Form>
          </section>
          <section className="narrow" aria-labelledby="delete-pack">
            <h2 id="delete-pack">Delete this pack</h2>
            <p>This deletes the pack only. Its documents stay in your evidence library.</p>
            <Form method="post">
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="danger">
                Delete the pack
              </button>
            </Form>
          </section>
        </>
      ) : null}
    </section>
  );
}

function MoveButton({ documentId, label, direction }: { documentId: string; label: string; direction: "up" | "down" }) {
  const text = direction === "up" ? "Move up" : "Move down";
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="secondary" aria-label={`${text}: ${label}`}>
        {text}
      </button>
    </Form>
  );
}
