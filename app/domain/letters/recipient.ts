// Who a new letter is addressed to until the parent says otherwise: the SENCO at the child's
// school for a letter to the school; the SEND team for a letter to the local authority, with the
// council's name and address left for the parent to type; the Ombudsman by name.

import type { CaseDocument } from "../case/case-document";
import type { LetterAudience } from "./letter-template";

export type SuggestedRecipient = { name: string | null; address: string | null };

/**
 * Example: suggestRecipient("school", document) gives the SENCO's name and the school;
 * suggestRecipient("local_authority", document) gives { name: null, address: "The SEND team" },
 * so the letter opens "Dear Sir or Madam" until the parent names someone.
 */
export function suggestRecipient(
  audience: LetterAudience,
  document: CaseDocument,
): SuggestedRecipient {
  if (audience === "local_authority") return { name: null, address: "The SEND team" };
  if (audience === "ombudsman") return { name: null, address: "Local Government and Social Care Ombudsman" };
  return { name: document.child.senco?.name ?? null, address: document.child.school };
}
