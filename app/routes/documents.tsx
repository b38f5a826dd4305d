// The evidence library: every document of the case, newest first, filtered by where it came
// from or the area of need it is about, a page at a time, and (for those who may change the case)
// the upload form.
// After an upload the new documents are shown first with the dates suggested for them.
import type { RouteHandle } from "~/route-meta";
import { data, Form, useNavigation } from "react-router";
import type { Route } from "./+types/documents";
import { openCase } from "~/auth/case-route.server";
import { DocumentCard } from "~/components/documents/document-list";
import { Pagination } from "~/components/pagination";
import { UploadForm } from "~/components/documents/upload-form";
import { countDocuments, DOCUMENTS_PAGE_SIZE, listDocuments, listDocumentsByIds } from "~/data/documents.server";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import {
  DOCUMENT_SOURCE_LABELS,
  DOCUMENT_SOURCES,
  documentFilterSchema,
  formatFileSize,
  MAX_FILES_PER_UPLOAD,
  uploadDetailsFormSchema,
} from "~/forms/documents";
import { readPageNumber, slicePage } from "~/forms/pagination";
import { formValues, parseForm } from "~/forms/parse";
import { fail } from "~/errors";
import { config } from "~/services/config.server";
import { redirectWithFlash } from "~/services/flash.server";
import { receiveDocuments, recordDocuments } from "~/services/uploads/upload-documents.server";
import { plural } from "~/domain/presentation";

export const handle: RouteHandle = { page: { name: "Documents", section: "evidence", menu: { label: "Documents", group: "case", order: 90 } } };

export const meta: Route.MetaFunction = () => [{ title: "Documents – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const canWrite = can.write;
  const url = new URL(request.url);
  const filter = documentFilterSchema.parse({
    source: url.searchParams.get("source") ?? "",
    area: url.searchParams.get("area") ?? "",
  });
  const uploadedIds = (url.searchParams.get("uploaded") ?? "")
    .split(",")
    .filter(Boolean)
    .slice(0, MAX_FILES_PER_UPLOAD);
  const pageNumber = readPageNumber(url);
  const [documents, total, uploaded] = await Promise.all([
    listDocuments(access, filter, { page: pageNumber }),
    countDocuments(access, filter),
    canWrite ? listDocumentsByIds(access, uploadedIds) : [],
  ]);
  const slice = slicePage({ total, page: pageNumber, pageSize: DOCUMENTS_PAGE_SIZE });
  // A page past the last one (an old link after documents were removed) does not exist.
  if (slice.isPastEnd && slice.page > 1) fail("not_found");
  return {
    total,
    pageNumber,
    pageCount: slice.pageCount,
    firstShown: slice.offset + 1,
    caseId: access.caseId,
    canWrite,
    documents,
    uploaded,
    filter,
    isFiltered: filter.source !== null || filter.area !== null,
    maxFileSize: formatFileSize(config.UPLOAD_MAX_BYTES),
    maxFiles: MAX_FILES_PER_UPLOAD,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access, today } = await openCase({ request, context, params }, "write");
  const upload = await receiveDocuments(request);
  const form = parseForm(upload.fields, uploadDetailsFormSchema);
  const hasRefusals = upload.problems.length > 0;
  if (!form.ok || hasRefusals || upload.files.length === 0) {
    await upload.discard();
    const fileError = hasRefusals
      ? `${upload.problems.join(" ")} Nothing was uploaded: choose the files again, leaving out ${upload.problems.length > 1 ? "these" : "this one"}.`
      : upload.files.length === 0
        ? "Choose at least one file to upload"
        : null;
    const errors = { ...(fileError ? { files: fileError } : {}), ...(form.ok ? {} : form.errors) };
    return data(
      { errors, values: form.ok ? formValues(upload.fields) : form.values },
      { status: 400 },
    );
  }
  const ids = await recordDocuments(access, {
    uploader: { id: user.id, name: user.name },
    upload,
    details: form.data,
    today: today,
  });
  const message =
    ids.length === 1
      ? "1 document uploaded. Check its date and details below."
      : `${ids.length} documents uploaded. Check their dates and details below.`;
  return redirectWithFlash(`/cases/${access.caseId}/documents?uploaded=${ids.join(",")}`, message);
}

export default function Documents({ loaderData, actionData }: Route.ComponentProps) {
  const { caseId, canWrite, documents, uploaded, filter, isFiltered, total, pageNumber, pageCount, firstShown } = loaderData;
  const navigation = useNavigation();
  const isUploading =
    navigation.state === "submitting" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <section>
      <h1>Documents</h1>
      <p className="lead narrow">
        Keep every report, plan, letter and email about your child here. Each one gets a date, so it
        takes its place in the story, and its words can be searched.
      </p>

      {uploaded.length > 0 ? (
        <section aria-labelledby="just-uploaded" className="uploaded-panel">
          <h2 id="just-uploaded">Just uploaded: check the details</h2>
          <p>
            The dates are suggestions, taken from each file or from the first date written in it.
            Open a document to change its title, date or anything else.
          </p>
          <ul className="card-list">
            {uploaded.map((document) => (
              <DocumentCard key={document.id} caseId={caseId} document={document} showSuggestion />
            ))}
          </ul>
        </section>
      ) : null}

      {canWrite ? (
        <section className="narrow upload-section" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload documents</h2>
          <UploadForm
            errors={actionData?.errors}
            values={actionData?.values}
            maxFileSize={loaderData.maxFileSize}
            maxFiles={loaderData.maxFiles}
            isUploading={isUploading}
          />
        </section>
      ) : null}

      <section aria-labelledby="library-heading">
        <h2 id="library-heading">All documents</h2>
        <Form method="get" className="search-form document-filter" aria-label="Filter documents">
          <div className="field">
            <label htmlFor="filter-source">Where it came from</label>
            <select id="filter-source" name="source" defaultValue={filter.source ?? ""}>
              <option value="">Anywhere</option>
              {DOCUMENT_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {DOCUMENT_SOURCE_LABELS[source]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-area">Area of need</label>
            <select id="filter-area" name="area" defaultValue={filter.area ?? ""}>
              <option value="">All areas</option>
              {AREAS_OF_NEED.map((area) => (
                <option key={area} value={area}>
                  {AREA_INFO[area].label}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">Show</button>
            {isFiltered ? <a href="?">Show all documents</a> : null}
          </div>
        </Form>
        {total === 0 ? (
          <p>
            {isFiltered
              ? "No documents match. Try another choice, or show all documents."
              : "No documents yet."}
          </p>
        ) : (
          <>
            <p>
              {plural(total, "document")}
              {isFiltered ? " match" : ""}, newest first.
              {pageCount > 1 ? ` Showing ${firstShown} to ${firstShown + documents.length - 1}.` : ""}
            </p>
            <ul className="card-list">
              {documents.map((document) => (
                <DocumentCard key={document.id} caseId={caseId} document={document} />
              ))}
            </ul>
            <Pagination label="Document pages" page={pageNumber} pageCount={pageCount} previousLabel="Newer documents" nextLabel="Older documents" omit={["uploaded"]} />
          </>
        )}
      </section>
    </section>
  );
}
