// The professionals involved with the child (educational psychologist, therapists, CAMHS…) and
// the referrals to their services: who asked, when, where each has got to and how long it has
// waited. Why outside advice matters is explained from the law catalogue, with its citation.
import type { RouteHandle } from "~/route-meta";
import { data, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/professionals";
import { openCase } from "~/auth/case-route.server";
import {
  AddForm,
  DateField,
  ErrorSummary,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { ProfessionalCard } from "~/components/professionals/professional-card";
import { ReferralCard, referralName } from "~/components/professionals/referral-card";
import { describeWait } from "~/components/professionals/referral-wait";
import { RuleCitation } from "~/components/support/rule-citation";
import { dateParts } from "~/forms/fields";
import { formValues, parseIntentForm, readForm, type FieldErrors, type FormValues } from "~/forms/parse";
import {
  PROFESSIONAL_LIMITS,
  PROFESSIONAL_ROLE_LABELS,
  PROFESSIONAL_ROLES,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  professionalsActionSchema,
} from "~/forms/professionals";
import {
  addProfessional,
  addReferral,
  findProfessional,
  findReferral,
  listProfessionals,
  listReferrals,
  removeProfessional,
  removeReferral,
  updateProfessional,
  updateReferral,
} from "~/data/professionals.server";
import { getRule } from "~/domain/law/get-rule";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Professionals", section: "evidence", menu: { label: "Professionals", group: "case", order: 110 } } };

export const meta: Route.MetaFunction = () => [{ title: "Professionals – Clearpath" }];

const idSchema = z.uuid();
const PROFESSIONAL_GONE = { professionalId: "Choose a professional from the list" };

type FormName = "professional" | "referral";

function invalid(form: FormName, errors: FieldErrors, values: FormValues) {
  return data({ form, errors, values }, { status: 400 });
}

/** The record named by `?professional=` or `?referral=`, for its form; a 404 when it is not this case's. */
async function findEditing<T>(
  url: URL,
  key: string,
  canWrite: boolean,
  find: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const id = url.searchParams.get(key);
  if (id === null) return null;
  const parsed = idSchema.safeParse(id);
  const found = canWrite && parsed.success ? await find(parsed.data) : null;
  if (!found) fail("not_found");
  return found;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const url = new URL(request.url);
  const [professionals, referrals, editingProfessional, editingReferral] = await Promise.all([
    listProfessionals(access),
    listReferrals(access),
    findEditing(url, "professional", canWrite, (id) => findProfessional(access, id)),
    findEditing(url, "referral", canWrite, (id) => findReferral(access, id)),
  ]);
  const rule = getRule("R-SCH-SPECIALISTS", today);
  return {
    caseId: access.caseId,
    canWrite,
    professionals,
    referrals: referrals.map((referral) => ({ ...referral, wait: describeWait(referral, today) })),
    editingProfessional,
    editingReferral,
    rule: { title: rule.title, summary: rule.summary, citations: rule.citations, verification: rule.verification, kind: rule.kind },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/professionals`;
  const form = parseIntentForm(formData, professionalsActionSchema(today));
  if (!form.ok) {
    if (form.values.intent === "add-professional" || form.values.intent === "update-professional") return invalid("professional", form.errors, form.values);
    if (form.values.intent === "add-referral" || form.values.intent === "update-referral") return invalid("referral", form.errors, form.values);
    fail("not_found");
  }
  switch (form.data.intent) {
    case "remove-professional": {
      if (!(await removeProfessional(access, form.data.id)))
        fail("not_found");
      return redirectWithFlash(here, "Professional removed.");
    }
    case "update-professional": {
      const { intent: _intent, id, ...professional } = form.data;
      if (!(await updateProfessional(access, id, professional)))
        fail("not_found");
      return redirectWithFlash(here, `${professional.name}: details saved.`);
    }
    case "add-professional": {
      const { intent: _intent, ...professional } = form.data;
      await addProfessional(access, professional);
      return redirectWithFlash(here, `${professional.name} added.`);
    }
    case "remove-referral": {
      if (!(await removeReferral(access, form.data.id)))
        fail("not_found");
      return redirectWithFlash(here, "Referral removed.");
    }
    case "update-referral": {
      const { intent: _intent, id, referralNotes, ...referral } = form.data;
      const result = await updateReferral(access, id, { ...referral, notes: referralNotes });
      if (result === "unknown_professional")
        return invalid("referral", PROFESSIONAL_GONE, formValues(formData));
      return redirectWithFlash(here, "Referral saved.");
    }
    case "add-referral": {
      const { intent: _intent, referralNotes, ...referral } = form.data;
      if (!(await addReferral(access, { ...referral, notes: referralNotes })))
        return invalid("referral", PROFESSIONAL_GONE, formValues(formData));
      return redirectWithFlash(here, `${referralName(referral.service)} added.`);
    }
  }
}

const ROLE_OPTIONS = PROFESSIONAL_ROLES.map((role) => ({
  value: role,
  label: PROFESSIONAL_ROLE_LABELS[role],
}));

export default function Professionals({ loaderData, actionData }: Route.ComponentProps) {
  const { professionals, referrals, editingProfessional, editingReferral, rule, canWrite } =
    loaderData;
  const professionalErrors = actionData?.form === "professional" ? actionData.errors : undefined;
  const professionalValues = actionData?.form === "professional" ? actionData.values : undefined;
  const referralErrors = actionData?.form === "referral" ? actionData.errors : undefined;
  const referralValues = actionData?.form === "referral" ? actionData.values : undefined;
  const professionalOptions = professionals.map((p) => ({
    value: p.id,
    label: `${p.name} (${PROFESSIONAL_ROLE_LABELS[p.role]})`,
  }));
  return (
    <section>
      <h1>Professionals</h1>
      <p className="lead narrow">
        Specialists from outside the school, such as an educational psychologist or a speech and
        language therapist, can find out how your child learns and say exactly what help they need.
        Their reports are strong evidence: keep track of who is involved, each referral, and how
        long you have waited.
      </p>
      <section className="narrow card" aria-labelledby="why-specialists">
        <h2 id="why-specialists" className="card__title">
          {rule.title}
        </h2>
        <RuleCitation rule={rule} />
      </section>

      <section aria-labelledby="professionals-heading">
        <h2 id="professionals-heading">Professionals involved</h2>
        {professionals.length === 0 ? <p>No professionals recorded yet.</p> : null}
        <ul className="card-list">
          {professionals.map((professional) => (
            <ProfessionalCard
              key={professional.id}
              professional={professional}
              canWrite={canWrite}
            />
          ))}
        </ul>
        <p>
          <Link to={`/cases/${loaderData.caseId}/reports`}>
            See their reports and recommendations
          </Link>
        </p>
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="professional-form">
          <h2 id="professional-form" tabIndex={-1}>
            {editingProfessional ? `Update: ${editingProfessional.name}` : "Add a professional"}
          </h2>
          <ErrorSummary errors={professionalErrors} labels={{ involvedFrom: "date" }} />
          <AddForm method="post" noValidate key={editingProfessional?.id ?? "new-professional"}>
            <input
              type="hidden"
              name="intent"
              value={editingProfessional ? "update-professional" : "add-professional"}
            />
            {editingProfessional ? (
              <input type="hidden" name="id" value={editingProfessional.id} />
            ) : null}
            <TextField
              name="name"
              label="Name"
              hint="For example: Dr Amira Khan."
              maxLength={PROFESSIONAL_LIMITS.name}
              errors={professionalErrors}
              defaultValue={typedOr(professionalValues, "name", editingProfessional?.name)}
            />
            <RadioGroup
              name="role"
              legend="What kind of professional"
              options={ROLE_OPTIONS}
              selected={typedOr(professionalValues, "role", editingProfessional?.role)}
              errors={professionalErrors}
            />
            <TextField
              name="organisation"
              label="Organisation (optional)"
              hint="For example: the council's educational psychology service, or the NHS trust."
              maxLength={PROFESSIONAL_LIMITS.organisation}
              errors={professionalErrors}
              defaultValue={typedOr(
                professionalValues,
                "organisation",
                editingProfessional?.organisation,
              )}
            />
            <TextField
              name="email"
              type="email"
              label="Email address (optional)"
              errors={professionalErrors}
              defaultValue={typedOr(professionalValues, "email", editingProfessional?.email)}
            />
            <TextField
              name="phone"
              type="tel"
              label="Phone number (optional)"
              errors={professionalErrors}
              defaultValue={typedOr(professionalValues, "phone", editingProfessional?.phone)}
            />
            <DateField
              name="involvedFrom"
              legend="Involved since (optional)"
              hint="For example 12 1 2026."
              errors={professionalErrors}
              value={typedDate(
                professionalValues,
                "involvedFrom",
                dateParts(editingProfessional?.involvedFrom),
              )}
            />
            <TextArea
              name="notes"
              label="Notes (optional)"
              rows={3}
              maxLength={PROFESSIONAL_LIMITS.notes}
              errors={professionalErrors}
              defaultValue={typedOr(professionalValues, "notes", editingProfessional?.notes)}
            />
            <div className="actions">
              <SubmitButton>
                {editingProfessional ? "Save changes" : "Add professional"}
              </SubmitButton>
              {editingProfessional ? <Link to=".">Cancel</Link> : null}
            </div>
          </AddForm>
        </section>
      ) : null}

      <section aria-labelledby="referrals-heading">
        <h2 id="referrals-heading">Referrals</h2>
        <p className="narrow">
          A referral asks a service to see your child. Waiting lists can be long, so note when each
          one was asked for: the page counts the weeks for you.
        </p>
        {referrals.length === 0 ? <p>No referrals recorded yet.</p> : null}
        <ul className="card-list">
          {referrals.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} canWrite={canWrite} />
          ))}
        </ul>
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="referral-form">
          <h2 id="referral-form" tabIndex={-1}>
            {editingReferral
              ? `Update: ${referralName(editingReferral.service)}`
              : "Add a referral"}
          </h2>
          <ErrorSummary errors={referralErrors} labels={{ requestedOn: "date", seenOn: "date" }} />
          <AddForm method="post" noValidate key={editingReferral?.id ?? "new-referral"}>
            <input
              type="hidden"
              name="intent"
              value={editingReferral ? "update-referral" : "add-referral"}
            />
            {editingReferral ? <input type="hidden" name="id" value={editingReferral.id} /> : null}
            <SelectField
              name="service"
              label="Which service"
              options={ROLE_OPTIONS}
              selected={typedOr(referralValues, "service", editingReferral?.service)}
              emptyLabel="Choose a service"
              errors={referralErrors}
            />
            {professionals.length > 0 ? (
              <SelectField
                name="professionalId"
                label="Which professional (optional)"
                hint="If you know who will see your child."
                options={professionalOptions}
                selected={typedOr(
                  referralValues,
                  "professionalId",
                  editingReferral?.professionalId,
                )}
                emptyLabel="Not known yet"
                errors={referralErrors}
              />
            ) : null}
            <TextField
              name="requestedBy"
              label="Who asked for it (optional)"
              hint="For example: the SENCO, our GP, or me."
              maxLength={PROFESSIONAL_LIMITS.requestedBy}
              errors={referralErrors}
              defaultValue={typedOr(referralValues, "requestedBy", editingReferral?.requestedBy)}
            />
            <DateField
              name="requestedOn"
              legend="When was it asked for? (optional)"
              hint="For example 5 1 2026."
              errors={referralErrors}
              value={typedDate(
                referralValues,
                "requestedOn",
                dateParts(editingReferral?.requestedOn),
              )}
            />
            <RadioGroup
              name="status"
              legend="Where has it got to?"
              options={REFERRAL_STATUSES.map((status) => ({
                value: status,
                label: REFERRAL_STATUS_LABELS[status],
              }))}
              selected={typedOr(referralValues, "status", editingReferral?.status ?? "requested")}
              errors={referralErrors}
            />
            <DateField
              name="seenOn"
              legend="When was your child seen? (optional)"
              errors={referralErrors}
              value={typedDate(referralValues, "seenOn", dateParts(editingReferral?.seenOn))}
            />
            <TextArea
              name="referralNotes"
              label="Notes (optional)"
              hint="For example: the reference number, or what the service said about waiting times."
              rows={3}
              maxLength={PROFESSIONAL_LIMITS.notes}
              errors={referralErrors}
              defaultValue={typedOr(referralValues, "referralNotes", editingReferral?.notes)}
            />
            <div className="actions">
              <SubmitButton>{editingReferral ? "Save changes" : "Add referral"}</SubmitButton>
              {editingReferral ? <Link to=".">Cancel</Link> : null}
            </div>
          </AddForm>
        </section>
      ) : null}
    </section>
  );
}
