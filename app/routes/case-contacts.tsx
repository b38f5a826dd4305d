// Key contacts for the child: teachers, therapists, the family's own helpers.
import type { RouteHandle } from "~/route-meta";
import { data, Form } from "react-router";
import type { Route } from "./+types/case-contacts";
import { openCase } from "~/auth/case-route.server";
import { AddForm, ErrorSummary, SubmitButton, TextField, typedOr } from "~/components/form";
import { contactsActionSchema } from "~/forms/case";
import { readForm, parseIntentForm } from "~/forms/parse";
import { addContact, listContacts, removeContact } from "~/data/cases.server";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Contacts", section: "people", menu: { label: "Contacts", group: "case", order: 205 } } };

export const meta: Route.MetaFunction = () => [{ title: "Contacts – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  return { contacts: await listContacts(access), canWrite: can.write };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/contacts`;
  const form = parseIntentForm(formData, contactsActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    await removeContact(access, form.data.id);
    return redirectWithFlash(here, "Contact removed.");
  }
  const { intent: _intent, ...contact } = form.data;
  await addContact(access, contact);
  return redirectWithFlash(here, "Contact added.");
}

export default function Contacts({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="narrow">
      <h1>Key contacts</h1>
      {loaderData.contacts.length === 0 ? <p>No contacts yet.</p> : null}
      <ul className="card-list">
        {loaderData.contacts.map((contact) => (
          <li key={contact.id} className="card">
            <h2 className="card__title">{contact.name}</h2>
            {contact.role ? <p className="meta">{contact.role}</p> : null}
            {contact.email ? <p>{contact.email}</p> : null}
            {contact.phone ? <p>{contact.phone}</p> : null}
            {loaderData.canWrite ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="id" value={contact.id} />
                <button type="submit" className="secondary">
                  Remove<span className="visually-hidden"> {contact.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {loaderData.canWrite ? (
        <>
          <h2>Add a contact</h2>
          <ErrorSummary errors={errors} />
          <AddForm method="post" noValidate>
            <input type="hidden" name="intent" value="add" />
            <TextField name="name" label="Name" required maxLength={100} errors={errors} defaultValue={typedOr(values, "name", "")} />
            <TextField name="role" label="Role" hint="For example, class teacher or speech and language therapist." maxLength={100} errors={errors} defaultValue={typedOr(values, "role", "")} />
            <TextField name="email" label="Email address" type="email" errors={errors} defaultValue={typedOr(values, "email", "")} />
            <TextField name="phone" label="Phone number" type="tel" inputMode="tel" errors={errors} defaultValue={typedOr(values, "phone", "")} />
            <SubmitButton>Add contact</SubmitButton>
          </AddForm>
        </>
      ) : null}
    </section>
  );
}
