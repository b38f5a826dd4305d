// Exported versions of an appeal's working document and witness statement, as the export buttons
// keep them, for tests that download one.
import type { CaseAccess } from "~/auth/access.server";
import { saveAppealDocumentVersion } from "~/data/appeals.server";
import { buildWitnessStatement, buildWorkingDocument } from "~/domain/tribunal";
import { statementContent, workingDocumentContent } from "~/services/tribunal-documents/content.server";

/** Version 1 (or the next) of both documents, with one line of the plan and one paragraph. */
export async function createAppealDocumentVersions(access: CaseAccess, appealId: string, childName: string, date = "2026-09-01") {
  const working = workingDocumentContent(
    date,
    `Working document: ${childName}'s appeal`,
    buildWorkingDocument({ planLines: [{ id: "line", section: "F", text: `${childName} will have speech and language therapy` }], proposals: [], sections: [] }),
  );
  const statement = statementContent(
    date,
    buildWitnessStatement({
      paragraphs: [{ id: "p1", date: null, text: `I am ${childName}'s parent.`, exhibitDocumentIds: [] }],
      places: new Map(),
      documentTitles: new Map(),
      witnessName: "The parent",
      childName,
      tribunalReference: null,
    }),
  );
  return {
    workingDocument: await saveAppealDocumentVersion(access, appealId, "working_document", working),
    statement: await saveAppealDocumentVersion(access, appealId, "witness_statement", statement),
  };
}
