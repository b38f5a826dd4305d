import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { KeptVersions, listKeptVersions, type KeptFormat, type KeptVersion } from "./kept-versions";

/** The download part as a page shows it, as text with each link's address and each button's words. */
function render(props: { formats: readonly KeptFormat[]; versions: readonly KeptVersion[]; canWrite: boolean }) {
  const Stub = createRoutesStub([{ path: "/statement", Component: () => <KeptVersions path="/statement" {...props} /> }]);
  return renderToStaticMarkup(<Stub initialEntries={["/statement"]} />);
}

const VERSIONS = [
  { version: 1, at: "1 September 2026 at 10:00" },
  { version: 2, at: "8 September 2026 at 09:30" },
];

describe("the kept versions of a document", () => {
  it("lists each version with a link per format, and offers the next version in each format", () => {
    const html = render({ formats: ["docx", "pdf"], versions: VERSIONS, canWrite: true });
    expect(html).toContain("Download as Word (version 3)");
    expect(html).toContain("Download as PDF (version 3)");
    expect(html).toContain('href="/statement.docx?version=1"');
    expect(html).toContain('href="/statement.pdf?version=2"');
    expect(html).toMatch(/Version 2, made 8 September 2026 at 09:30: .*Word.* or .*PDF/);
  });

  it("offers no download to make for someone who may only read, and says when none is kept", () => {
    const html = render({ formats: ["docx"], versions: [], canWrite: false });
    expect(html).not.toContain("Download as");
    expect(html).toContain("No versions yet.");
  });

  it("starts at version 1 and gives only the formats a document has", () => {
    const html = render({ formats: ["docx"], versions: [], canWrite: true });
    expect(html).toContain("Download as Word (version 1)");
    expect(html).not.toContain("PDF");
  });

  it("reads the versions of one kind of document, oldest first", () => {
    const versions = listKeptVersions(
      [
        { kind: "witness_statement", version: 2, createdAt: "2026-09-08T08:30:00.000Z" },
        { kind: "working_document", version: 1, createdAt: "2026-09-01T09:00:00.000Z" },
        { kind: "witness_statement", version: 1, createdAt: "2026-09-01T09:00:00.000Z" },
      ],
      "witness_statement",
    );
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
  });
});
