// The "Download" part of the working document and witness statement pages: a button per format
// that exports the page as the next numbered version (for someone who may change it), and the list
// of versions kept, each to download again as it was. One markup for both pages, so they say it
// the same way.
import { Form } from "react-router";
import type { AppealDocumentKind } from "~/domain/codes/tribunal";
import { formatDateTime } from "~/domain/presentation";

/** The formats a kept version can be downloaded in, with the word a person knows each by. */
const FORMAT_NAMES = { docx: "Word", pdf: "PDF" } as const;
export type KeptFormat = keyof typeof FORMAT_NAMES;

export type KeptVersion = { version: number; at: string };

/** The versions of one kind of document an appeal keeps, oldest first, with when each was made in words. */
export function listKeptVersions(
  versions: ReadonlyArray<{ kind: AppealDocumentKind; version: number; createdAt: string }>,
  kind: AppealDocumentKind,
): KeptVersion[] {
  return versions
    .filter((version) => version.kind === kind)
    .sort((a, b) => a.version - b.version)
    .map((version) => ({ version: version.version, at: formatDateTime(version.createdAt) }));
}

export function KeptVersions(props: {
  /** The page's own address; version N of a format downloads from `${path}.${format}?version=N`. */
  path: string;
  formats: readonly KeptFormat[];
  versions: readonly KeptVersion[];
  canWrite: boolean;
}) {
  const { path, formats, versions, canWrite } = props;
  const next = versions.reduce((latest, version) => Math.max(latest, version.version), 0) + 1;
  return (
    <section aria-labelledby="download-title" className="narrow">
      <h2 id="download-title">Download</h2>
      {canWrite ? (
        <>
          <p>Each download is kept as a numbered version, so you can send or compare an earlier one.</p>
          {formats.map((format, index) => (
            <Form method="post" reloadDocument key={format}>
              <input type="hidden" name="format" value={format} />
              <button type="submit" name="intent" value="export" className={index > 0 ? "secondary" : undefined}>
                Download as {FORMAT_NAMES[format]} (version {next})
              </button>
            </Form>
          ))}
        </>
      ) : null}
      {versions.length > 0 ? (
        <ul>
          {versions.map((version) => (
            <li key={version.version}>
              Version {version.version}, made {version.at}:{" "}
              {formats.map((format, index) => (
                <span key={format}>
                  {index > 0 ? " or " : null}
                  <a href={`${path}.${format}?version=${version.version}`} download>
                    {FORMAT_NAMES[format]}
                    <span className="visually-hidden"> (version {version.version})</span>
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p>No versions yet.</p>
      )}
    </section>
  );
}
