// Evidence packs: the bundles a family has put together (for an assessment request, an appeal, a
// new school), and a form that makes a new one with its documents in one step.
import type { RouteHandle } from "~/route-meta";
import { data, Link } from "react-router";
import type { Route } from "./+types/evidence-packs";
import { openCase } from "~/auth/case-route.server";
import { AddForm, CheckboxGroup, ErrorSummary, SubmitButton, TextArea, TextField, typedList, typedOr } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { listDocumentChoices } from "~/data/documents.server";
import { createEvidencePack, listEvidencePacks } from "~/data/evidence-packs.server";
import { PACK_LIMITS, PACK_PART_LABELS, PACK_PARTS, packsActionSchema } from "~/forms/evidence-packs";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Evidence packs", section: "evidence", menu: { label: "Evidence packs", group: "case", order: 125 } } };

export const meta: Route.MetaFunction = () => [{ title: "Evidence packs – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const [packs, choices] = await Promise.all([listEvidencePacks(access), can.write ? listDocumentChoices(access) : []]);
  return {
    base: `/cases/${access.caseId}/evidence-packs`,
    documentsPath: `/cases/${access.caseId}/documents`,
    canWrite: can.write,
    choices: choices.map((choice) => ({ value: choice.id, label: choice.date ? `${choice.title} (${formatDate(choice.date)})` : choice.title })),
    packs: packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      purpose: pack.purpose,
      documents: pack.documentIds.length,
      updatedOn: pack.updatedAt.toISOString().slice(0, 10),
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const form = parseIntentForm(await readForm(request), packsActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const made = await createEvidencePack(access, form.data.details, form.data.documentIds);
  return redirectWithFlash(
    `/cases/${access.caseId}/evidence-packs/${made.id}`,
    made.documents > 0 ? `Pack made with ${plural(made.documents, "document")}. Change their order below if you need to.` : "Pack made. It has no documents yet: choose them below.",
  );
}

export default function EvidencePacks({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, packs, choices } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const typedParts = values?.["parts[]"];
  const parts = values ? (Array.isArray(typedParts) ? typedParts : typedParts ? [typedParts] : []) : [...PACK_PARTS];
  return (
    <section>
      <h1>Evidence packs</h1>
      <p className="lead narrow">
        An evidence pack is one PDF to send with a request or an appeal: a cover, an index, the chronology, a summary of the
        support, and the documents you choose, with every page numbered.
      </p>
      <section aria-labelledby="packs">
        <h2 id="packs">Your packs</h2>
        {packs.length === 0 ? (
          <p>No packs yet.</p>
        ) : (
          <ul className="card-list">
            {packs.map((pack) => (
              <li key={pack.id} className="card">
                <h3 className="card__title">
                  <Link to={`${base}/${pack.id}`}>{pack.title}</Link>
                </h3>
                {pack.purpose ? <p>{pack.purpose}</p> : null}
                <p className="meta">
                  {plural(pack.documents, "document")}. Last changed {formatDate(pack.updatedOn)}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canWrite ? (
        <section className="narrow" aria-labelledby="new-pack">
          <h2 id="new-pack">Make a new pack</h2>
          <ErrorSummary errors={errors} />
          <AddForm method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <TextField name="title" label="Title" hint="For example: Evidence for our EHC needs assessment request" maxLength={PACK_LIMITS.title} errors={errors} defaultValue={typedOr(values, "title", null)} />
            <TextArea name="purpose" label="What it is for (optional)" hint="This goes on the cover." rows={2} maxLength={PACK_LIMITS.purpose} errors={errors} defaultValue={typedOr(values, "purpose", null)} />
            <CheckboxGroup name="parts" legend="What goes in before the documents" options={PACK_PARTS.map((value) => ({ value, label: PACK_PART_LABELS[value] }))} selected={parts} errors={errors} />
            {choices.length === 0 ? (
              <p>
                There are no documents in this case yet. You can make the pack now and add them later, or{" "}
                <Link to={loaderData.documentsPath}>upload documents</Link> first.
              </p>
            ) : (
              <CheckboxGroup
                name="documentIds"
                legend="Documents"
                hint="They go in oldest first. You can change the order after."
                options={choices}
                selected={typedList(values, "documentIds", [])}
                errors={errors}
              />
            )}
            <div className="actions">
              <SubmitButton>Make the pack</SubmitButton>
            </div>
          </AddForm>
        </section>
      ) : null}
    </section>
  );
}
