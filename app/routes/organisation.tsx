// The organisation's admin: its name and notice period, the kinds of session parents can book,
// and its advisers. The admin manages advisers but sees no case unless a family shares one.
import { data, Form } from "react-router";
import type { Route } from "./+types/organisation";
import { siteOrigin } from "~/auth/accounts.server";
import { inviteAdviser, requireOrgRole } from "~/auth/organisation.server";
import { requireUser } from "~/auth/session.server";
import { AddForm, ErrorSummary, SubmitButton, TextField, typedOr } from "~/components/form";
import { addSessionType, getOrganisation, listAdvisers, listSessionTypes, removeAdviser, saveOrganisation, setSessionTypeActive } from "~/data/bookings.server";
import { organisationActionSchema } from "~/forms/organisation";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "Your organisation – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  requireOrgRole(requireUser(request, context), "admin");
  const [organisation, types, advisers] = await Promise.all([getOrganisation(), listSessionTypes({ activeOnly: false }), listAdvisers()]);
  return { organisation, types, advisers };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireOrgRole(requireUser(request, context), "admin");
  const formData = await readForm(request);
  const back = "/organisation";
  const form = parseIntentForm(formData, organisationActionSchema);
  if (!form.ok) {
    const intent = form.values.intent;
    return data({ form: intent === "settings" || intent === "add-type" ? intent : "add-adviser", errors: form.errors, values: form.values }, { status: 400 });
  }
  switch (form.data.intent) {
    case "settings":
      await saveOrganisation({ name: form.data.orgName, noticeHours: form.data.noticeHours });
      return redirectWithFlash(back, "Settings saved.");
    case "add-type":
      await addSessionType({ name: form.data.typeName, minutes: form.data.minutes, description: form.data.typeDescription });
      return redirectWithFlash(back, `“${form.data.typeName}” added. Parents can book it now.`);
    case "type-on":
      await setSessionTypeActive(form.data.typeId, true);
      return redirectWithFlash(back, "Parents can book that session again.");
    case "type-off":
      await setSessionTypeActive(form.data.typeId, false);
      return redirectWithFlash(back, "Parents can no longer book that session. Sessions already booked stay.");
    case "remove-adviser": {
      const done = await removeAdviser(form.data.adviserId);
      return redirectWithFlash(back, done ? "Removed. They no longer see any case as an adviser, and their future sessions are cancelled." : "That person is not an adviser.");
    }
    case "add-adviser": {
      const result = await inviteAdviser({ name: form.data.adviserName, email: form.data.adviserEmail }, siteOrigin());
      if (!result.ok) return data({ form: "add-adviser", errors: { adviserEmail: "That is the admin's account. An admin cannot also be an adviser" }, values: formValues(formData) }, { status: 400 });
      return redirectWithFlash(back, `${form.data.adviserEmail} is now an adviser. We have emailed them.`);
    }
  }
}

export default function Organisation({ loaderData, actionData }: Route.ComponentProps) {
  const errorsFor = (form: string) => (actionData?.form === form ? actionData.errors : undefined);
  const valuesFor = (form: string) => (actionData?.form === form ? actionData.values : undefined);
  const { organisation, types, advisers } = loaderData;
  return (
    <section className="narrow">
      <h1>{organisation.name}</h1>
      <p>You manage the organisation&rsquo;s advisers and the sessions parents can book. You do not see families&rsquo; cases unless a family shares one with you.</p>

      <h2 id="settings">Settings</h2>
      <ErrorSummary errors={errorsFor("settings")} />
      <Form method="post" noValidate aria-labelledby="settings">
        <input type="hidden" name="intent" value="settings" />
        <TextField name="orgName" label="Organisation name" errors={errorsFor("settings")} defaultValue={typedOr(valuesFor("settings"), "orgName", organisation.name)} />
        <TextField
          name="noticeHours"
          label="Notice period, in hours"
          hint="Parents can cancel or move a session up to this many hours before it starts."
          width="short"
          errors={errorsFor("settings")}
          defaultValue={typedOr(valuesFor("settings"), "noticeHours", String(organisation.noticeHours))}
        />
        <button type="submit">Save settings</button>
      </Form>

      <h2 id="types">Sessions parents can book</h2>
      {types.length === 0 ? <p>No sessions yet. Add one so parents can book.</p> : null}
      <ul className="card-list">
        {types.map((type) => (
          <li key={type.id} className="card">
            <p>
              <strong>{type.name}</strong>, {type.minutes} minutes{type.active ? "" : " (not bookable now)"}
            </p>
            {type.description ? <p className="meta">{type.description}</p> : null}
            <Form method="post">
              <input type="hidden" name="typeId" value={type.id} />
              <button type="submit" name="intent" value={type.active ? "type-off" : "type-on"} className="secondary">
                {type.active ? `Stop bookings for ${type.name}` : `Allow bookings for ${type.name}`}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h3 id="add-type">Add a kind of session</h3>
      <ErrorSummary errors={errorsFor("add-type")} />
      <AddForm method="post" noValidate aria-labelledby="add-type">
        <input type="hidden" name="intent" value="add-type" />
        <TextField name="typeName" label="Name" errors={errorsFor("add-type")} defaultValue={typedOr(valuesFor("add-type"), "typeName", "")} />
        <TextField name="minutes" label="Length in minutes" width="short" errors={errorsFor("add-type")} defaultValue={typedOr(valuesFor("add-type"), "minutes", "")} />
        <TextField name="typeDescription" label="What it is for (optional)" errors={errorsFor("add-type")} defaultValue={typedOr(valuesFor("add-type"), "typeDescription", "")} />
        <SubmitButton>Add the session</SubmitButton>
      </AddForm>

      <h2 id="advisers">Advisers</h2>
      {advisers.length === 0 ? <p>No advisers yet.</p> : null}
      <ul className="card-list">
        {advisers.map((adviser) => (
          <li key={adviser.id} className="card">
            <p>
              <strong>{adviser.name}</strong> ({adviser.email}){adviser.hasTwoFactor ? "" : ". Has not yet set up two-step sign-in."}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="remove-adviser" />
              <input type="hidden" name="adviserId" value={adviser.id} />
              <button type="submit" className="danger">
                Remove {adviser.name} as an adviser
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h3 id="add-adviser">Add an adviser</h3>
      <p>If they have no Clearpath account, we make one and email them a link to choose a password. They must then turn on two-step sign-in.</p>
      <ErrorSummary errors={errorsFor("add-adviser")} />
      <AddForm method="post" noValidate aria-labelledby="add-adviser">
        <input type="hidden" name="intent" value="add-adviser" />
        <TextField name="adviserName" label="Their name" errors={errorsFor("add-adviser")} defaultValue={typedOr(valuesFor("add-adviser"), "adviserName", "")} />
        <TextField name="adviserEmail" label="Their email address" type="email" errors={errorsFor("add-adviser")} defaultValue={typedOr(valuesFor("add-adviser"), "adviserEmail", "")} />
        <SubmitButton>Add the adviser</SubmitButton>
      </AddForm>
    </section>
  );
}
