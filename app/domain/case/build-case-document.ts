// A tiny builder for tests and demos: a valid case document from only the parts that matter.

import { caseDocumentSchema, CASE_SCHEMA_VERSION, type CaseDocument, type CaseDocumentInput } from "./case-document";

type CaseOverrides = Omit<Partial<CaseDocumentInput>, "child" | "schemaVersion"> & {
  child?: Partial<CaseDocumentInput["child"]>;
};

/**
 * A parsed case document with every default filled in, e.g.
 * buildCaseDocument({ child: { name: "Sam" } }).cycles deep-equals [].
 */
export function buildCaseDocument(overrides: CaseOverrides = {}): CaseDocument {
  const { child, ...rest } = overrides;
  return caseDocumentSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    ...rest,
    child: { name: "Sam", ...child },
  });
}
