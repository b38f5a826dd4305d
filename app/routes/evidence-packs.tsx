// Evidence packs: the bundles a family has put together (for an assessment request, an appeal, a
// new school), and a form to start a new one.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/evidence-packs";
import { openCase } from "~/auth/case-route.server";
import { CheckboxGroup, ErrorSummary, TextArea, TextField, typedOr } from "~/components/form";
import { formatDate, plural } from "~/domain/presentation";
import { createEvidencePack, listEvidencePacks } from "~/data/evidence-packs.server";
import { PACK_LIMITS, PACK_PART_LABELS, PACK_PARTS, packsActionSchema } from "~/forms/evidence-packs";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Evidence packs", section: "evidence", menu: { label: "Evidence packs", group: "case", order: 125 } } };

export const meta: Route.MetaFunction = () => [{ title: "Evidence packs – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const packs = await listEvidencePacks(access);
  return {
    base: `/cases/${access.caseId}/evidence-packs`,
    canWrite: can.write,
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
  const { intent: _intent, ...details } = form.data;
  const id = await createEvidencePack(access, details);
  return redirectWithFlash(`/cases/${access.caseId}/evidence-packs/${id}`, "Pack made. Now choose its documents.");
}

export default function EvidencePacks({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, packs } = loaderData;
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
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <TextField name="title" label="Title" hint="For example: Evidence for our EHC needs assessment request" maxLength={PACK_LIMITS.title} errors={errors} defaultValue={typedOr(values, "title", null)} />
            <TextArea name="purpose" label="What it is for (optional)" hint="This goes on the cover." rows={2} maxLength={PACK_LIMITS.purpose} errors={errors} defaultValue={typedOr(values, "purpose", null)} />
            <CheckboxGroup name="parts" legend="What goes in before the documents" options={PACK_PARTS.map((value) => ({ value, label: PACK_PART_LABELS[value] }))} selected={parts} errors={errors} />
            <div className="actions">
              <button type="submit">Make the pack</button>
            </div>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
