// The upload form: a plain multipart form, so it works from a phone or a computer with or
// without JavaScript. The accept list only helps the file picker; the server checks every file's
// content, whatever its name says.
import { Form } from "react-router";
import { ErrorSummary, fieldId } from "~/components/form";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { SourceAndTagFields } from "./document-fields";

const ACCEPT =
  ".pdf,.docx,.txt,.eml,.png,.jpg,.jpeg,.gif,.webp,.heic,.heif,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,message/rfc822,image/png,image/jpeg,image/gif,image/webp,image/heic,image/heif";

export function UploadForm({
  errors,
  values,
  maxFileSize,
  maxFiles,
  isUploading,
}: {
  errors?: FieldErrors;
  values?: FormValues;
  /** The size limit as people read it, for example "20 MB". */
  maxFileSize: string;
  maxFiles: number;
  isUploading: boolean;
}) {
  const error = errors?.files;
  const hintId = `${fieldId("files")}-hint`;
  const errorId = `${fieldId("files")}-error`;
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" encType="multipart/form-data" noValidate className="upload-form">
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor={fieldId("files")}>Choose files</label>
          <p className="hint" id={hintId}>
            PDF, Word (.docx), photos and scans (PNG, JPEG, GIF, WebP or HEIC), plain text, or saved
            emails (.eml). Up to {maxFiles} files at once, each up to {maxFileSize}. You can check
            each file&apos;s title and date after the upload.
          </p>
          {error ? (
            <p className="field-error" id={errorId}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <input
            id={fieldId("files")}
            name="files"
            type="file"
            multiple
            accept={ACCEPT}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
        </div>
        <fieldset className="upload-form__details">
          <legend>About these files</legend>
          <p className="hint">
            The same for every file you upload now. You can change them for each file afterwards.
          </p>
          <SourceAndTagFields
            errors={errors}
            values={values}
            stored={{ source: "other", author: null, areas: [], tags: [] }}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={isUploading}>
            {isUploading ? "Uploading…" : "Upload"}
          </button>
        </div>
      </Form>
    </>
  );
}
