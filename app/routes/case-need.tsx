// Record or change the need in one area: the signs the parent sees, since when, and how much.
// Someone who may only read the case sees what is recorded, without the form.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/case-need";
import { openCase } from "~/auth/case-route.server";
import { CheckboxGroup, DateField, ErrorSummary, RadioGroup, TextArea, typedDate, typedOr } from "~/components/form";
import { needActionSchema, TEXT_LIMIT } from "~/forms/case";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import { listNeeds, removeNeed, saveNeed } from "~/data/cases.server";
import { AREA_INFO, AREAS_OF_NEED, IMPACT_LABELS, IMPACT_LEVELS, type AreaOfNeed } from "~/domain/areas-of-need";
import { formatMonth } from "~/domain/presentation";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Needs: one record", section: "overview" } };

export const meta: Route.MetaFunction = ({ data }) => [{ title: `${data?.label ?? "Need"} – Clearpath` }];

function requireArea(value: string | undefined): AreaOfNeed {
  if (!AREAS_OF_NEED.includes(value as AreaOfNeed)) fail("not_found");
  return value as AreaOfNeed;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const area = requireArea(params.area);
  const need = (await listNeeds(access)).find((n) => n.area === area) ?? null;
  const info = AREA_INFO[area];
  return { caseId: access.caseId, canWrite: can.write, area, label: info.label, summary: info.summary, signs: info.signs, need };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const area = requireArea(params.area);
  const formData = await readForm(request);
  const back = `/cases/${access.caseId}/needs`;
  const form = parseIntentForm(formData, needActionSchema(area, today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    await removeNeed(access, area);
    return redirectWithFlash(back, `${AREA_INFO[area].label}: removed.`);
  }
  const { intent: _intent, ...need } = form.data;
  await saveNeed(access, area, need);
  return redirectWithFlash(back, `${AREA_INFO[area].label}: saved.`);
}

export default function NeedPage({ loaderData, actionData }: Route.ComponentProps) {
  const { need } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const typedSigns = values ? (Array.isArray(values["signs[]"]) ? values["signs[]"] : []) : null;
  if (!loaderData.canWrite) return <NeedRecord {...loaderData} />;
  return (
    <section className="narrow">
      <h1>{loaderData.label}</h1>
      <p>{loaderData.summary}</p>
      <ErrorSummary errors={errors} labels={{ since: "month" }} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        <CheckboxGroup
          name="signs"
          legend="What do you notice?"
          hint="Tick everything that fits your child. These come from guidance for parents."
          options={loaderData.signs.map((s) => ({ value: s.code, label: s.label }))}
          selected={typedSigns ?? need?.signs ?? []}
          errors={errors}
        />
        <TextArea
          name="otherSigns"
          label="Anything else you notice, in your own words"
          hint="For example, what happens at home after school."
          maxLength={TEXT_LIMIT}
          errors={errors}
          defaultValue={typedOr(values, "otherSigns", need?.otherSigns)}
        />
        <DateField
          name="since"
          legend="When did you first notice this?"
          hint="Month and year, for example 9 2024. Leave it blank if you are not sure."
          monthOnly
          errors={errors}
          value={typedDate(values, "since", dateParts(need?.since))}
        />
        <RadioGroup
          name="impact"
          legend="How much does this affect your child day to day?"
          options={IMPACT_LEVELS.map((level) => ({ value: level, label: IMPACT_LABELS[level] }))}
          selected={typedOr(values, "impact", need?.impact)}
          errors={errors}
        />
        <TextArea name="notes" label="Notes" maxLength={TEXT_LIMIT} errors={errors} defaultValue={typedOr(values, "notes", need?.notes)} />
        <div className="actions">
          <button type="submit">Save</button>
          <Link to={`/cases/${loaderData.caseId}/needs`}>Cancel</Link>
        </div>
      </Form>
      {need ? (
        <Form method="post" className="remove-form">
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="secondary">
            Remove this area
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** What is recorded for the area, for someone who may read the case but not change it. */
function NeedRecord({ caseId, label, summary, signs, need }: Route.ComponentProps["loaderData"]) {
  const noticed = signs.filter((sign) => need?.signs.includes(sign.code));
  return (
    <section className="narrow">
      <p>
        <Link to={`/cases/${caseId}/needs`}>Back to needs</Link>
      </p>
      <h1>{label}</h1>
      <p>{summary}</p>
      {need ? (
        <dl className="summary-list">
          <div>
            <dt>What the family notices</dt>
            <dd>
              {noticed.length > 0 ? (
                <ul>
                  {noticed.map((sign) => (
                    <li key={sign.code}>{sign.label}</li>
                  ))}
                </ul>
              ) : (
                "None ticked"
              )}
            </dd>
          </div>
          <div>
            <dt>In their own words</dt>
            <dd>{need.otherSigns ?? "Nothing written"}</dd>
          </div>
          <div>
            <dt>First noticed</dt>
            <dd>{need.since ? formatMonth(need.since) : "Not known"}</dd>
          </div>
          <div>
            <dt>How much it affects the child day to day</dt>
            <dd>{need.impact ? IMPACT_LABELS[need.impact] : "Not said"}</dd>
          </div>
          <div>
            <dt>Notes</dt>
            <dd>{need.notes ?? "None"}</dd>
          </div>
        </dl>
      ) : (
        <p>Nothing is recorded for this area.</p>
      )}
    </section>
  );
}
