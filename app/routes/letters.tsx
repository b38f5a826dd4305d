// Letters: the ones already written (drafts and sent, with the date a reply is due) and the
// letters the app can write from the case, each with when to use it. Choosing one shows its
// questions; answering them writes a draft from the records, ready to read and change.
// `?kind=provision_map_request` opens a letter's questions directly, so other pages can link to it.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/letters";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary, TextArea, TextField, typedOr } from "~/components/form";
import { formatDate, formatDateTime } from "~/domain/presentation";
import { LetterOptionFields } from "~/components/letters/letter-options";
import { getCaseDocument } from "~/data/case-document.server";
import { createLetter, listLetters } from "~/data/letters.server";
import { audienceOf, describeRecipientHints, findLetterTemplate, LETTER_TEMPLATES, suggestRecipient, type LetterOptionField } from "~/domain";
import { LETTER_LIMITS, lettersActionSchema } from "~/forms/letters";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Letters", section: "letters", menu: { label: "Letters", group: "case", order: 140 } } };

export const meta: Route.MetaFunction = () => [{ title: "Letters – Clearpath" }];

/** A link can choose answers: `?kind=session_records_request&provisionIds=<id>` ticks that line. */
function presetFromQuery(
  fields: LetterOptionField[],
  params: URLSearchParams,
): LetterOptionField[] {
  return fields.map((field) => {
    const asked = params
      .getAll(field.name)
      .filter(
        (value) => "choices" in field && field.choices.some((choice) => choice.value === value),
      );
    if (asked.length === 0) return field;
    if (field.kind === "checkboxes") return { ...field, defaultValue: asked };
    if (field.kind === "choice") return { ...field, defaultValue: asked[0]! };
    return field;
  });
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user, access, can, today } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const search = new URL(request.url).searchParams;
  const kind = search.get("kind");
  const template = kind === null ? null : findLetterTemplate(kind);
  if (kind !== null && !template) fail("not_found");
  let chosen = null;
  if (template && canWrite) {
    const document = await getCaseDocument(access);
    // Who it goes to (the SENCO, the head, the SEND team…; for some letters the records decide), until the parent says otherwise.
    const audience = audienceOf(template, document, today);
    const recipient = suggestRecipient(audience, document);
    chosen = {
      kind: template.kind,
      label: template.label,
      whenToUse: template.whenToUse,
      fields: presetFromQuery(template.options(document, today), search),
      recipientHints: describeRecipientHints(audience),
      recipientName: recipient.name,
      recipientAddress: recipient.address,
      senderName: user.name,
    };
  }
  const letters = await listLetters(access);
  return {
    base: `/cases/${access.caseId}/letters`,
    canWrite,
    chosen,
    kinds: LETTER_TEMPLATES.map(({ kind: value, label, whenToUse }) => ({
      kind: value,
      label,
      whenToUse,
    })),
    letters: letters.map((letter) => ({
      id: letter.id,
      subject: letter.subject,
      kindLabel: findLetterTemplate(letter.kind)?.label ?? "Letter",
      writtenAt: letter.createdAt.toISOString(),
      sentOn: letter.sentOn,
      replyBy: letter.replyBy,
      repliedOn: letter.repliedOn,
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const template = findLetterTemplate(String(formData.get("kind") ?? ""));
  const document = await getCaseDocument(access);
  // The intent is read before the kind, so an unknown one gets the same 400 as on every page.
  const form = parseIntentForm(formData, lettersActionSchema(template?.options(document, today) ?? []));
  if (!template) fail("not_found");
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const { intent: _intent, option, ...parties } = form.data;
  const draft = template.build(document, option, today);
  const letterId = await createLetter(access, {
    kind: template.kind,
    ...parties,
    subject: draft.subject,
    body: draft.body,
    replyWithinDays: draft.replyWithinDays,
  });
  return redirectWithFlash(
    `/cases/${access.caseId}/letters/${letterId}`,
    "Letter written from your records. Read it through and change anything you need.",
  );
}

function LetterStatus({
  letter,
}: {
  letter: {
    writtenAt: string;
    sentOn: string | null;
    replyBy: string | null;
    repliedOn: string | null;
  };
}) {
  if (!letter.sentOn)
    return <p className="meta">Draft, written {formatDateTime(letter.writtenAt)}</p>;
  return (
    <p className="meta">
      Sent on {formatDate(letter.sentOn)}
      {letter.repliedOn
        ? `; reply received on ${formatDate(letter.repliedOn)}`
        : letter.replyBy
          ? `; reply due by ${formatDate(letter.replyBy)}`
          : null}
    </p>
  );
}

export default function Letters({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, chosen, kinds, letters } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <h1>Letters</h1>
      <p className="lead narrow">
        Write to the school from your records. Each letter is filled in for you, and you can change
        every word before you download it. When you send it, mark it as sent: it goes into your
        correspondence log with the date a reply is due.
      </p>

      {chosen ? (
        <section className="narrow letter-write" aria-labelledby="write">
          <h2 id="write" tabIndex={-1}>
            {chosen.label}
          </h2>
          <p>{chosen.whenToUse}</p>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <input type="hidden" name="kind" value={chosen.kind} />
            <LetterOptionFields fields={chosen.fields} errors={errors} values={values} />
            <fieldset className="field letter-parties">
              <legend>Who it is to</legend>
              <TextField
                name="recipientName"
                label="Their name (optional)"
                hint={chosen.recipientHints.name}
                maxLength={LETTER_LIMITS.name}
                errors={errors}
                defaultValue={typedOr(values, "recipientName", chosen.recipientName)}
              />
              <TextArea
                name="recipientAddress"
                label="Their address (optional)"
                hint={chosen.recipientHints.address ?? undefined}
                rows={3}
                maxLength={LETTER_LIMITS.address}
                errors={errors}
                defaultValue={typedOr(values, "recipientAddress", chosen.recipientAddress)}
              />
            </fieldset>
            <fieldset className="field letter-parties">
              <legend>Who it is from</legend>
              <TextField
                name="senderName"
                label="Your name (optional)"
                maxLength={LETTER_LIMITS.name}
                errors={errors}
                defaultValue={typedOr(values, "senderName", chosen.senderName)}
                autoComplete="name"
              />
              <TextArea
                name="senderAddress"
                label="Your address (optional)"
                hint="For a letter by post. Leave it empty for an email."
                rows={3}
                maxLength={LETTER_LIMITS.address}
                errors={errors}
                defaultValue={typedOr(values, "senderAddress", null)}
              />
            </fieldset>
            <div className="actions">
              <button type="submit">Write the letter</button>
              <Link to={base}>Choose a different letter</Link>
            </div>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="written">
        <h2 id="written">Your letters</h2>
        {letters.length === 0 ? <p>No letters yet.</p> : null}
        <ul className="card-list letter-list">
          {letters.map((letter) => (
            <li
              key={letter.id}
              className={`card letter-card${letter.sentOn ? " letter-card--sent" : ""}`}
            >
              <h3 className="card__title">
                <Link to={`${base}/${letter.id}`}>{letter.subject}</Link>
              </h3>
              <p className="meta">{letter.kindLabel}</p>
              <LetterStatus letter={letter} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kinds">
        <h2 id="kinds">Write a letter</h2>
        {canWrite ? null : <p>You can read and download these letters, but not write new ones.</p>}
        <ul className="card-list letter-kinds">
          {kinds.map((kind) => (
            <li
              key={kind.kind}
              className={`card${chosen?.kind === kind.kind ? " letter-kind--chosen" : ""}`}
            >
              <h3 className="card__title">
                {canWrite ? (
                  <Link to={`${base}?kind=${kind.kind}#write`}>{kind.label}</Link>
                ) : (
                  kind.label
                )}
              </h3>
              <p>{kind.whenToUse}</p>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
