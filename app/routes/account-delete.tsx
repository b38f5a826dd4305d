// Delete the account and every case it owns. Needs the password and a ticked box.
import { data, Form } from "react-router";
import type { Route } from "./+types/account-delete";
import { CheckboxGroup, ErrorSummary, TextField } from "~/components/form";
import { deleteAccountFormSchema } from "~/forms/account";
import { parseForm, readForm } from "~/forms/parse";
import { clearSessionCookie, requireUser } from "~/auth/session.server";
import { isPasswordCorrect } from "~/auth/accounts.server";
import { deleteAccount } from "~/data/accounts.server";
import { listCases } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";
import { plural } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Delete your account – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const owned = (await listCases(user)).filter((c) => c.level === "own");
  return { ownedCases: owned.map((c) => c.childName) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const formData = await readForm(request);
  // The checkbox arrives as confirm[]; the schema reads a single "confirm".
  if (formData.getAll("confirm[]").includes("on")) formData.set("confirm", "on");
  formData.delete("confirm[]");
  const form = parseForm(formData, deleteAccountFormSchema);
  if (!form.ok) return data({ errors: form.errors }, { status: 400 });
  if (!(await isPasswordCorrect(user, form.data.password))) {
    return data({ errors: { password: "Your password is not right. Check it and try again" } }, { status: 400 });
  }
  const deleted = await deleteAccount(user);
  const message = [
    `Deleted: your account${deleted.deletedCases > 0 ? `, ${plural(deleted.deletedCases, "case")} with everything in ${deleted.deletedCases === 1 ? "it" : "them"}` : ""}${deleted.deletedFiles > 0 ? ` and ${plural(deleted.deletedFiles, "uploaded file")}` : ""}.`,
    deleted.peopleWhoLostAccess > 0 ? `${plural(deleted.peopleWhoLostAccess, "person", "people")} you had shared with no longer ${deleted.peopleWhoLostAccess === 1 ? "has" : "have"} access.` : "",
    deleted.casesLeft > 0 ? `Your access to ${plural(deleted.casesLeft, "case")} other people shared with you has ended.` : "",
    "Your sessions and sign-in details are gone.",
  ]
    .filter(Boolean)
    .join(" ");
  return redirectWithFlash("/account/deleted", message, {
    headers: { "Set-Cookie": clearSessionCookie() },
  });
}

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Delete your account</h1>
      <p>This cannot be undone. We will delete:</p>
      <ul>
        <li>your account and sign-in details</li>
        {loaderData.ownedCases.length > 0 ? (
          <li>
            {loaderData.ownedCases.length === 1 ? "your case for " : "your cases for "}
            {loaderData.ownedCases.join(", ")}, and everything in {loaderData.ownedCases.length === 1 ? "it" : "them"}
          </li>
        ) : null}
        <li>any access you have to other people's cases</li>
      </ul>
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" noValidate>
        <TextField name="password" label="Your password" type="password" autoComplete="current-password" required errors={actionData?.errors} />
        <CheckboxGroup
          name="confirm"
          legend="Confirm"
          options={[{ value: "on", label: "I understand that my account and cases will be deleted for good" }]}
          selected={[]}
          errors={actionData?.errors}
        />
        <button type="submit" className="danger">
          Delete my account
        </button>
      </Form>
    </section>
  );
}
