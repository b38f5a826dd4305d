// Reads a whole case from the database as the canonical case document (app/domain/case), the
// one shape the health check reads and exports write. See docs/decisions/004-case-document.md.
import type { CaseAccess } from "~/auth/access.server";
import { CASE_SCHEMA_VERSION, caseDocumentSchema, type CaseDocument } from "~/domain/case/case-document";
import { getCase, listContacts, listDiagnoses, listNeeds } from "./cases.server";

/** The case as a case document. Parsing it through the schema proves the database agrees with it. */
export async function getCaseDocument(access: CaseAccess): Promise<CaseDocument> {
  const [found, contacts, needs, diagnoses] = await Promise.all([
    getCase(access),
    listContacts(access),
    listNeeds(access),
    listDiagnoses(access),
  ]);
  return caseDocumentSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    child: {
      name: found.childName,
      dateOfBirth: found.dateOfBirth,
      school: found.school,
      yearGroup: found.yearGroup,
      senco: found.sencoName ? { name: found.sencoName, email: found.sencoEmail, phone: found.sencoPhone } : null,
      contacts: contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
      strengths: found.strengths,
      interests: found.interests,
      views: found.views,
    },
    needs: needs.map(({ id, area, signs, otherSigns, since, impact, notes }) => ({ id, area, signs, otherSigns, since, impact, notes })),
    diagnoses: diagnoses.map(({ id, name, date, madeBy }) => ({ id, name, date, madeBy })),
  });
}
