// Create a case for a child: just the name to start; the profile comes next.
import { data, Form } from "react-router";
import type { Route } from "./+types/cases-new";
import { ErrorSummary, TextField, typedOr } from "~/components/form";
import { newCaseFormSchema } from "~/forms/case";
import { parseForm, readForm } from "~/forms/parse";
import { requireUser } from "~/auth/session.server";
import { createCase } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "Create a case – Clearpath" }];

export function loader({ request, context }: Route.LoaderArgs) {
  requireUser(request, context);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const form = parseForm(await readForm(request), newCaseFormSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const caseId = await createCase(user, form.data);
  return redirectWithFlash(`/cases/${caseId}/profile`, "Case created. Now tell us about your child.");
}

export default function NewCase({ actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Create a case for a child</h1>
      <p>A case keeps everything about one child's support in one place. Only you can see it unless you share it.</p>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <TextField
          name="childName"
          label="Your child's name"
          hint="The name they are known by is fine."
          required
          maxLength={100}
          errors={actionData?.errors}
          defaultValue={typedOr(actionData?.values, "childName", "")}
        />
        <button type="submit">Create case</button>
      </Form>
    </section>
  );
}
