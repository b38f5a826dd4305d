// Bring in a case: upload an archive downloaded from any Clearpath, and it becomes a new case of
// yours, with every record and document. Nothing is written unless the whole archive is sound.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/cases-import";
import { requireUser } from "~/auth/session.server";
import { ARCHIVE_MAX_BYTES, importCaseArchive } from "~/data/case-archive.server";
import { redirectWithFlash } from "~/services/flash.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { readAll } from "~/services/storage/storage.server";
import { discardUpload, receiveUpload } from "~/services/uploads/receive.server";
import { formatFileSize } from "~/forms/documents";
import { plural } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Bring in a case – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  requireUser(request, context);
  return { maxSize: formatFileSize(ARCHIVE_MAX_BYTES) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const storage = getStorage();
  const upload = await receiveUpload(request, { storage, limits: { maxFileBytes: ARCHIVE_MAX_BYTES, maxFiles: 1, maxTotalBytes: ARCHIVE_MAX_BYTES }, fileField: "archive" });
  try {
    const [file] = upload.files;
    if (upload.problems.length > 0 || !file) {
      return data({ error: upload.problems[0] ?? "Choose the archive (.zip) you downloaded from Clearpath" }, { status: 400 });
    }
    const stream = await storage.get(file.storageKey);
    const result = await importCaseArchive(user, new Uint8Array(await readAll(stream!)));
    if (!result.ok) return data({ error: result.problem }, { status: 400 });
    const records = Object.entries(result.counts)
      .filter(([name]) => name !== "cases")
      .reduce((sum, [, count]) => sum + count, 0);
    return redirectWithFlash(`/cases/${result.caseId}`, `${result.childName}'s case is here, with ${plural(records, "record")} and ${plural(result.counts.documents ?? 0, "document")}.`);
  } finally {
    await discardUpload(storage, upload.files);
  }
}

export default function CasesImport({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <p>
        <Link to="/cases">My cases</Link>
      </p>
      <h1>Bring in a case</h1>
      <p>
        If you downloaded a case archive from Clearpath (from a case&rsquo;s &ldquo;Download the case&rdquo; page), you can bring it in here. It
        becomes a new case of yours, with all its records and documents. Nobody you had shared it with can see the new case.
      </p>
      {actionData?.error ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>There is a problem</h2>
          <p>
            <a href="#field-archive">{actionData.error}</a>
          </p>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <div className={`field${actionData?.error ? " field--error" : ""}`}>
          <label htmlFor="field-archive">Case archive (.zip)</label>
          <p className="hint" id="field-archive-hint">
            Up to {loaderData.maxSize}.
          </p>
          <input id="field-archive" name="archive" type="file" accept=".zip,application/zip" aria-describedby="field-archive-hint" />
        </div>
        <button type="submit">Bring in the case</button>
      </Form>
    </section>
  );
}
