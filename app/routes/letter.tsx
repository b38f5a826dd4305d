// One letter: read it as it will print, change the words, download it as Word or PDF, mark it
// as sent (which logs it in the correspondence with the date a reply is due), or delete a draft.
// A sent letter is the record of what was sent, so it is shown but no longer changed.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/letter";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  RadioGroup,
  TextArea,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { Citations } from "~/components/health/findings";
import { citeRules } from "~/components/health/present";
import { LetterPreview } from "~/components/letters/letter-preview";
import { PdfCharactersNotice } from "~/components/pdf-characters-notice";
import { getCaseDocument } from "~/data/case-document.server";
import { deleteDraft, findLetter, markLetterSent, saveLetter } from "~/data/letters.server";
import {
  computeReplyBy,
  enclosureLabel,
  findCitedRules,
  findLetterTemplate,
  listDraftDocuments,
  warnOfDrafts,
  type ReplyTime,
} from "~/domain";
import { dateParts } from "~/forms/fields";
import { LETTER_LIMITS, letterActionSchema, SEND_CHANNEL_LABELS, SEND_CHANNELS } from "~/forms/letters";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";
import { findUnprintableInPdf } from "~/services/pdf/fonts.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Letters: one record", section: "letters" } };

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: `${loaderData?.letter.subject ?? "Letter"} – Clearpath` },
];

/** For a letter whose kind this version no longer knows: a polite two weeks. */
const FALLBACK_REPLY: ReplyTime = { kind: "days", days: 14 };

function replyTimeOf(kind: string): ReplyTime {
  return findLetterTemplate(kind)?.reply ?? FALLBACK_REPLY;
}

async function requireLetter(
  access: Parameters<typeof findLetter>[0],
  letterId: string | undefined,
) {
  const letter = letterId ? await findLetter(access, letterId) : null;
  if (!letter) fail("not_found");
  return letter;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const letter = await requireLetter(access, params.letterId);
  const reply = replyTimeOf(letter.kind);
  const days = letter.replyWithinDays ?? (reply.kind === "days" ? reply.days : null);
  // Before a letter goes, say so if it lists a draft (a draft EHC plan) among what it encloses.
  const draftsEnclosed =
    letter.sentOn === null
      ? listDraftDocuments(await getCaseDocument(access))
          .filter((item) => letter.body.includes(enclosureLabel(item)))
          .map((item) => item.title)
      : [];
  return {
    base: `/cases/${access.caseId}`,
    canWrite: can.write,
    today,
    kindLabel: findLetterTemplate(letter.kind)?.label ?? "Letter",
    letter: {
      id: letter.id,
      senderName: letter.senderName,
      senderAddress: letter.senderAddress,
      recipientName: letter.recipientName,
      recipientAddress: letter.recipientAddress,
      subject: letter.subject,
      body: letter.body,
      sentOn: letter.sentOn,
      replyBy: letter.replyBy,
      repliedOn: letter.repliedOn,
    },
    replyRule:
      reply.kind === "rule"
        ? `${reply.description} after the day you send it: the time the law allows`
        : `${days} days after the day you send it`,
    replyIfSentToday: computeReplyBy(reply, today, letter.replyWithinDays),
    draftWarning: draftsEnclosed.length > 0 ? warnOfDrafts(draftsEnclosed) : null,
    rules: citeRules(findCitedRules(letter.body, letter.sentOn ?? today), letter.sentOn ?? today),
    unprintable: findUnprintableInPdf([
      letter.senderName,
      letter.senderAddress,
      letter.recipientName,
      letter.recipientAddress,
      letter.subject,
      letter.body,
    ]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const letter = await requireLetter(access, params.letterId);
  const here = `/cases/${access.caseId}/letters/${letter.id}`;
  const alreadySent = () =>
    redirectWithFlash(here, "This letter has been sent, so it stays as it was sent.");
  const form = parseIntentForm(await readForm(request), letterActionSchema(today));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  switch (form.data.intent) {
    case "delete": {
      const outcome = await deleteDraft(access, letter.id);
      if (outcome === "sent") return alreadySent();
      return redirectWithFlash(`/cases/${access.caseId}/letters`, "Draft deleted.");
    }
    case "send": {
      const sentOn = form.data.sentOn as string;
      const replyBy =
        form.data.replyBy ?? computeReplyBy(replyTimeOf(letter.kind), sentOn, letter.replyWithinDays);
      const outcome = await markLetterSent(access, letter.id, {
        sentOn,
        replyBy,
        channel: form.data.channel,
      });
      if (outcome === "sent") return alreadySent();
      return redirectWithFlash(
        here,
        `Marked as sent and added to your correspondence log. A reply is due by ${formatDate(replyBy)}.`,
      );
    }
    case "save": {
      const { intent: _intent, ...text } = form.data;
      const outcome = await saveLetter(access, letter.id, text);
      if (outcome === "sent") return alreadySent();
      return redirectWithFlash(here, "Letter saved.");
    }
  }
}

export default function Letter({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, today, kindLabel, letter, replyRule, replyIfSentToday, rules } =
    loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const isSending = values?.intent === "send";
  const isDraft = letter.sentOn === null;
  const downloads = (
    <ul className="link-list letter-downloads">
      <li>
        <a href={`${base}/letters/${letter.id}/letter.docx`} download>
          Download as Word (.docx)
        </a>
      </li>
      <li>
        <a href={`${base}/letters/${letter.id}/letter.pdf`} download>
          Download as PDF
        </a>
      </li>
    </ul>
  );
  return (
    <section>
      <p className="meta">
        <Link to={`${base}/letters`}>All letters</Link>
      </p>
      <h1>{letter.subject}</h1>
      <p className="meta">{kindLabel}</p>

      {isDraft ? (
        <>
          <p className="note narrow">
            This is a draft written from your records. Read it through and change anything that is
            not right or not how you would say it. Then download it, send it, and come back to mark
            it as sent.
          </p>
          {loaderData.draftWarning ? (
            <p className="note panel--warning narrow letter-draft-enclosed">
              <strong>This letter encloses a draft.</strong> {loaderData.draftWarning}
            </p>
          ) : null}
        </>
      ) : (
        <div className="note narrow letter-sent" role="status">
          <p>
            <strong>Sent on {formatDate(letter.sentOn!)}</strong>
            {letter.repliedOn
              ? `. Reply received on ${formatDate(letter.repliedOn)}.`
              : letter.replyBy
                ? `, reply due by ${formatDate(letter.replyBy)}.`
                : "."}
          </p>
          <p>
            <Link to={`${base}/correspondence`}>See it in your correspondence log</Link>
          </p>
        </div>
      )}

      <div className="letter-layout">
        <section aria-labelledby="as-it-reads" className="letter-layout__preview">
          <h2 id="as-it-reads">How it reads</h2>
          <LetterPreview letter={letter} date={letter.sentOn ?? today} />
          <PdfCharactersNotice
            kinds={loaderData.unprintable}
            keptIn="The Word version keeps them."
          />
          {downloads}
          <Citations rules={rules} />
        </section>

        {canWrite && isDraft ? (
          <div className="letter-layout__forms narrow">
            <section aria-labelledby="edit">
              <h2 id="edit">Change the letter</h2>
              {!isSending ? <ErrorSummary errors={errors} /> : null}
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="save" />
                <TextField
                  name="subject"
                  label="Subject"
                  maxLength={LETTER_LIMITS.subject}
                  errors={errors}
                  defaultValue={typedOr(values, "subject", letter.subject)}
                />
                <TextArea
                  name="body"
                  label="Text of the letter"
                  hint='Leave a blank line between paragraphs. "Dear …" and "Yours sincerely" are added for you from the names below.'
                  rows={24}
                  maxLength={LETTER_LIMITS.body}
                  errors={errors}
                  defaultValue={typedOr(values, "body", letter.body)}
                />
                <fieldset className="field letter-parties">
                  <legend>Who it is to</legend>
                  <TextField
                    name="recipientName"
                    label="Their name (optional)"
                    maxLength={LETTER_LIMITS.name}
                    errors={errors}
                    defaultValue={typedOr(values, "recipientName", letter.recipientName)}
                  />
                  <TextArea
                    name="recipientAddress"
                    label="Their address (optional)"
                    rows={3}
                    maxLength={LETTER_LIMITS.address}
                    errors={errors}
                    defaultValue={typedOr(values, "recipientAddress", letter.recipientAddress)}
                  />
                </fieldset>
                <fieldset className="field letter-parties">
                  <legend>Who it is from</legend>
                  <TextField
                    name="senderName"
                    label="Your name (optional)"
                    maxLength={LETTER_LIMITS.name}
                    errors={errors}
                    defaultValue={typedOr(values, "senderName", letter.senderName)}
                    autoComplete="name"
                  />
                  <TextArea
                    name="senderAddress"
                    label="Your address (optional)"
                    rows={3}
                    maxLength={LETTER_LIMITS.address}
                    errors={errors}
                    defaultValue={typedOr(values, "senderAddress", letter.senderAddress)}
                  />
                </fieldset>
                <div className="actions">
                  <button type="submit">Save changes</button>
                </div>
              </Form>
            </section>

            <section aria-labelledby="send">
              <h2 id="send">Mark as sent</h2>
              <p>
                When you have sent the letter, record it here. It goes into your correspondence log,
                so you can see when a reply is overdue.
              </p>
              {isSending ? (
                <ErrorSummary errors={errors} labels={{ sentOn: "date", replyBy: "date" }} />
              ) : null}
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="send" />
                <DateField
                  name="sentOn"
                  legend="Date you sent it"
                  hint="For example 12 3 2026."
                  errors={errors}
                  value={typedDate(isSending ? values : undefined, "sentOn", dateParts(today))}
                />
                <RadioGroup
                  name="channel"
                  legend="How you sent it"
                  options={SEND_CHANNELS.map((channel) => ({
                    value: channel,
                    label: SEND_CHANNEL_LABELS[channel],
                  }))}
                  selected={typedOr(isSending ? values : undefined, "channel", "email")}
                  errors={errors}
                />
                <DateField
                  name="replyBy"
                  legend="Reply due by (optional)"
                  hint={`Leave it empty to use ${replyRule}: sent today, that is ${formatDate(replyIfSentToday)}.`}
                  errors={errors}
                  value={typedDate(isSending ? values : undefined, "replyBy", dateParts(null))}
                />
                <div className="actions">
                  <button type="submit">Mark as sent</button>
                </div>
              </Form>
            </section>

            <Form method="post" className="remove-form">
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="secondary">
                Delete this draft
              </button>
            </Form>
          </div>
        ) : null}
      </div>
    </section>
  );
}
