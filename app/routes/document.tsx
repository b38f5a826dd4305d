// One document: a preview (the picture itself, a PDF opened in a new tab, or the text read from
// it), a download of the original, and, for those who may change the case, its details to
// correct and a way to delete it (file and all).
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/document";
import { openCase } from "~/auth/case-route.server";
import { SourceAndTagFields, TitleAndDateFields } from "~/components/documents/document-fields";
import {
  describeFileKind,
  isPreviewablePicture,
} from "~/components/documents/labels";
import { DATE_SOURCE_NOTES } from "~/domain/codes/documents";
import { ErrorSummary } from "~/components/form";
import { formatDate, formatDateTime } from "~/domain/presentation";
import { deleteDocument, findDocument, updateDocumentDetails } from "~/data/documents.server";
import { AREA_INFO, type AreaOfNeed } from "~/domain/areas-of-need";
import {
  documentActionSchema,
  DOCUMENT_SOURCE_LABELS,
  formatFileSize,
} from "~/forms/documents";
import { parseIntentForm, readForm } from "~/forms/parse";
import { findDatesByOrigin } from "~/domain/documents";
import { todayIn } from "~/services/clock.server";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Documents: one record", section: "evidence" } };

/** The page shows at most this much of the text; the download has the rest. */
const PREVIEW_CHARACTERS = 50_000;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.document.title ?? "Document"} – Clearpath` },
];

function notFound(): never {
  fail("not_found");
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const document = (await findDocument(access, params.documentId)) ?? notFound();
  const isConfirmingDelete = new URL(request.url).searchParams.has("delete");
  if (isConfirmingDelete && !canWrite) notFound();
  const { text, ...details } = document;
  return {
    caseId: access.caseId,
    canWrite,
    isConfirmingDelete,
    document: {
      ...details,
      createdAt: details.createdAt.toISOString(),
      updatedAt: details.updatedAt.toISOString(),
    },
    // Every date that could be the document's, and where each was found: the head of its text
    // outranks the file's own details (which often say when it was scanned or saved).
    datesFound: findDatesByOrigin({ metadataDate: details.metadataDate, text, today: todayIn("Europe/London") }),
    text: text ? text.slice(0, PREVIEW_CHARACTERS) : null,
    isTextCut: (text?.length ?? 0) > PREVIEW_CHARACTERS,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const document = (await findDocument(access, params.documentId)) ?? notFound();
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/documents/${document.id}`;
  const form = parseIntentForm(formData, documentActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "delete") {
    if (!(await deleteDocument(access, document.id))) notFound();
    return redirectWithFlash(
      `/cases/${access.caseId}/documents`,
      `“${document.title}” and its file have been deleted.`,
    );
  }
  const { intent: _intent, ...details } = form.data;
  if (!(await updateDocumentDetails(access, document.id, details))) notFound();
  return redirectWithFlash(here, "Details saved.");
}

export default function DocumentPage({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, document, text, isTextCut, isConfirmingDelete } = loaderData;
  const base = `/cases/${caseId}/documents`;
  const fileUrl = `${base}/${document.id}/file`;
  const kind = describeFileKind(document.mediaType);
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <p>
        <Link to={base}>All documents</Link>
      </p>
      <h1>{document.title}</h1>

      {isConfirmingDelete ? (
        <section className="note panel--warning narrow" aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="note__title">
            Delete this document?
          </h2>
          <p>
            The file will be deleted from Clearpath too. This cannot be undone, so download it first
            if you want to keep a copy.
          </p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="danger">
              Yes, delete it
            </button>
            <Link to=".">No, keep it</Link>
          </Form>
        </section>
      ) : null}

      <dl className="summary-list">
        <div>
          <dt>Date</dt>
          <dd>
            {document.date ? formatDate(document.date) : "No date"}
            {document.date && document.dateSource ? (
              <span className="hint"> ({DATE_SOURCE_NOTES[document.dateSource]})</span>
            ) : null}
            {loaderData.datesFound.head || loaderData.datesFound.metadata ? (
              <ul className="hint document-dates-found">
                {loaderData.datesFound.head ? (
                  <li>Written at the top of the document: {formatDate(loaderData.datesFound.head)}</li>
                ) : null}
                {loaderData.datesFound.metadata ? (
                  <li>
                    In the file&apos;s own details (often when it was scanned or saved):{" "}
                    {formatDate(loaderData.datesFound.metadata)}
                  </li>
                ) : null}
              </ul>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Where it came from</dt>
          <dd>{DOCUMENT_SOURCE_LABELS[document.source]}</dd>
        </div>
        <div>
          <dt>Who wrote it</dt>
          <dd>{document.author ?? "Not recorded"}</dd>
        </div>
        <div>
          <dt>Areas of need</dt>
          <dd>
            {document.areas.length > 0
              ? document.areas
                  .map((area) => AREA_INFO[area as AreaOfNeed]?.label ?? area)
                  .join(", ")
              : "None chosen"}
          </dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>{document.tags.length > 0 ? document.tags.join(", ") : "None"}</dd>
        </div>
        <div>
          <dt>File</dt>
          <dd>
            {document.fileName} ({kind}, {formatFileSize(document.sizeBytes)}), uploaded{" "}
            {formatDateTime(document.createdAt)}
            {document.uploadedByName ? ` by ${document.uploadedByName}` : null}
          </dd>
        </div>
      </dl>

      <ul className="inline-links">
        <li>
          <a href={fileUrl} download={document.fileName}>
            Download the original
          </a>
        </li>
        {canWrite ? (
          <li>
            <Link to={`/cases/${caseId}/reports?document=${document.id}`}>
              Record it as a professional&apos;s report
            </Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="preview-heading" className="document-preview">
        <h2 id="preview-heading">
          {isPreviewablePicture(document.mediaType)
            ? "The picture"
            : document.mediaType === "application/pdf"
              ? "The PDF"
              : "What it says"}
        </h2>
        {isPreviewablePicture(document.mediaType) ? (
          <img
            className="document-preview__image"
            src={`${fileUrl}?inline=1`}
            alt={`The uploaded picture, ${document.title}`}
          />
        ) : null}
        {document.mediaType === "application/pdf" ? (
          <p>
            <a href={`${fileUrl}?inline=1`} target="_blank" rel="noopener noreferrer">
              Open the PDF in a new tab
            </a>
          </p>
        ) : null}
        {document.extractionNote ? <p className="note">{document.extractionNote}</p> : null}
        {text ? (
          <>
            {document.mediaType === "application/pdf" ? <h3>The text found in it</h3> : null}
            <div
              className="document-text preserve-lines"
              tabIndex={0}
              role="region"
              aria-label={`The text of ${document.title}`}
            >
              {text}
            </div>
            {isTextCut ? (
              <p className="hint">
                This is the start of the text. Download the original to read all of it.
              </p>
            ) : null}
          </>
        ) : !document.extractionNote && !isPreviewablePicture(document.mediaType) ? (
          <p>No text could be read from this file. Download it to see it.</p>
        ) : null}
        {document.mediaType === "image/heic" || document.mediaType === "image/heif" ? (
          <p>Most browsers cannot show this kind of photo. Download it to see it.</p>
        ) : null}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="details">
          <h2 id="details" tabIndex={-1}>
            Change the details
          </h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="update" />
            <TitleAndDateFields errors={errors} values={values} stored={document} />
            <SourceAndTagFields errors={errors} values={values} stored={document} />
            <div className="actions">
              <button type="submit">Save details</button>
            </div>
          </Form>
          {!isConfirmingDelete ? (
            <p className="remove-form">
              <Link to="?delete">Delete this document</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
