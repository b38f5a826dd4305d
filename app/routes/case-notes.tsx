// Adviser notes: an adviser's notes of a support session. The adviser sees their own; the family,
// and anyone else with access, sees a note once the adviser shares it.
import type { RouteHandle } from "~/route-meta";
import { data, Form } from "react-router";
import type { Route } from "./+types/case-notes";
import { openCase } from "~/auth/case-route.server";
import { AddForm, CheckboxGroup, DateField, ErrorSummary, SubmitButton, TextArea, TextField, typedDate, typedOr } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { addNote, listNotes, shareNote } from "~/data/comments.server";
import { notesActionSchema } from "~/forms/comments";
import { dateParts } from "~/forms/fields";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Adviser notes", section: "people", menu: { label: "Adviser notes", group: "shared", order: 220 }, comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Adviser notes – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const notes = await listNotes(access);
  return {
    canWrite: access.role === "adviser" && can.comment,
    notes: notes.map((n) => ({ id: n.id, title: n.title, body: n.body, heldOn: n.heldOn, authorName: n.authorName, isShared: n.sharedAt !== null, isMine: n.authorId === access.userId })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access } = await openCase({ request, context, params }, "comment");
  // Only advisers keep session notes; to anyone else this action does not exist.
  if (access.role !== "adviser") fail("not_found");
  const back = `/cases/${access.caseId}/notes`;
  const formData = await readForm(request);
  if (formData.getAll("share[]").includes("on")) formData.set("share", "on");
  formData.delete("share[]");
  const form = parseIntentForm(formData, notesActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "share") {
    const done = await shareNote(access, form.data.noteId);
    return redirectWithFlash(back, done ? "Note shared with the family." : "That note was already shared.");
  }
  await addNote(access, user, { heldOn: form.data.heldOn as string, title: form.data.title, body: form.data.noteBody, share: form.data.share });
  return redirectWithFlash(back, form.data.share ? "Note saved and shared with the family." : "Note saved. Only you can see it until you share it.");
}

export default function CaseNotes({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section className="narrow">
      <h1>Adviser notes</h1>
      <p>Notes an adviser keeps of a support session with the family. An adviser&rsquo;s notes appear here once they share them.</p>
      {loaderData.notes.length === 0 ? <p>There are no shared notes yet.</p> : null}
      <ul className="card-list">
        {loaderData.notes.map((note) => (
          <li key={note.id} className="card">
            <h2 className="card__title">{note.title}</h2>
            <p className="meta">
              {formatDate(note.heldOn)}, by {note.authorName}. {note.isShared ? "Shared with the family." : "Only you can see this note."}
            </p>
            <p className="preserve-lines">{note.body}</p>
            {note.isMine && !note.isShared ? (
              <Form method="post">
                <input type="hidden" name="intent" value="share" />
                <input type="hidden" name="noteId" value={note.id} />
                <button type="submit" className="secondary">
                  Share &ldquo;{note.title}&rdquo; with the family
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {loaderData.canWrite ? (
        <>
          <h2 id="new-note">Add a note of a session</h2>
          <ErrorSummary errors={errors} labels={{ heldOn: "date" }} />
          <AddForm method="post" noValidate aria-labelledby="new-note">
            <input type="hidden" name="intent" value="add" />
            <DateField name="heldOn" legend="Date of the session" value={typedDate(values, "heldOn", dateParts(null))} errors={errors} />
            <TextField name="title" label="Title" errors={errors} defaultValue={typedOr(values, "title", "")} />
            <TextArea name="noteBody" label="Note" rows={8} errors={errors} defaultValue={typedOr(values, "noteBody", "")} />
            <CheckboxGroup name="share" legend="Sharing" options={[{ value: "on", label: "Share this note with the family now" }]} selected={[]} />
            <SubmitButton>Save the note</SubmitButton>
          </AddForm>
        </>
      ) : null}
    </section>
  );
}
