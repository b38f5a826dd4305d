// The child's profile: name, date of birth, school, year group, SENCO, strengths, interests, views.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/case-profile";
import { openCase } from "~/auth/case-route.server";
import { DateField, ErrorSummary, SelectField, TextArea, TextField, typedDate, typedOr } from "~/components/form";
import { profileFormSchema, TEXT_LIMIT, YEAR_GROUPS } from "~/forms/case";
import { dateParts } from "~/forms/fields";
import { parseForm, readForm } from "~/forms/parse";
import { getCase, updateChildProfile } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Profile", section: "overview", menu: { label: "Profile", group: "case", order: 20 } } };

export const meta: Route.MetaFunction = () => [{ title: "Profile – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const found = await getCase(access);
  return { profile: found, canWrite: can.write };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const form = parseForm(await readForm(request), profileFormSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  await updateChildProfile(access, form.data);
  return redirectWithFlash(`/cases/${access.caseId}`, "Profile saved.");
}

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const { profile } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  if (!loaderData.canWrite) return <ReadOnlyProfile profile={profile} />;
  return (
    <section className="narrow">
      <h1>{profile.childName}'s profile</h1>
      <ErrorSummary errors={errors} labels={{ dateOfBirth: "date" }} />
      <Form method="post" noValidate>
        <h2>About your child</h2>
        <TextField name="childName" label="Name" required maxLength={100} errors={errors} defaultValue={typedOr(values, "childName", profile.childName)} />
        <DateField name="dateOfBirth" legend="Date of birth" hint="For example, 27 3 2017" errors={errors} value={typedDate(values, "dateOfBirth", dateParts(profile.dateOfBirth))} />
        <TextField name="school" label="School or setting" maxLength={200} errors={errors} defaultValue={typedOr(values, "school", profile.school)} />
        <SelectField name="yearGroup" label="Year group" options={YEAR_GROUPS} errors={errors} selected={typedOr(values, "yearGroup", profile.yearGroup)} />

        <h2>The SENCO</h2>
        <p className="hint">The special educational needs co-ordinator: the teacher at school who organises SEN support.</p>
        <TextField name="sencoName" label="SENCO's name" maxLength={100} errors={errors} defaultValue={typedOr(values, "sencoName", profile.sencoName)} />
        <TextField name="sencoEmail" label="SENCO's email address" type="email" errors={errors} defaultValue={typedOr(values, "sencoEmail", profile.sencoEmail)} />
        <TextField name="sencoPhone" label="SENCO's phone number" type="tel" inputMode="tel" errors={errors} defaultValue={typedOr(values, "sencoPhone", profile.sencoPhone)} />

        <h2>Strengths, interests and views</h2>
        <TextArea name="strengths" label="What your child is good at" hint="Strengths help the school plan support that works." maxLength={TEXT_LIMIT} errors={errors} defaultValue={typedOr(values, "strengths", profile.strengths)} />
        <TextArea name="interests" label="What your child enjoys" maxLength={TEXT_LIMIT} errors={errors} defaultValue={typedOr(values, "interests", profile.interests)} />
        <TextArea
          name="views"
          label="Your child's views, in their own words"
          hint="What they say about school, what helps and what is hard. Write it the way they said it."
          maxLength={TEXT_LIMIT}
          rows={6}
          errors={errors}
          defaultValue={typedOr(values, "views", profile.views)}
        />
        <div className="actions">
          <button type="submit">Save profile</button>
          <Link to={`/cases/${profile.id}`}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}

function ReadOnlyProfile({ profile }: { profile: Route.ComponentProps["loaderData"]["profile"] }) {
  const rows: Array<[string, string | null]> = [
    ["School or setting", profile.school],
    ["Year group", profile.yearGroup],
    ["SENCO", profile.sencoName],
    ["Strengths", profile.strengths],
    ["Interests", profile.interests],
    ["Their views", profile.views],
  ];
  return (
    <section className="narrow">
      <h1>{profile.childName}'s profile</h1>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? "Not recorded"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
