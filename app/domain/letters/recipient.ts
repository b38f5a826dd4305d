// Who a new letter is addressed to until the parent says otherwise: the SENCO at the child's
// school for a letter to the school; the head teacher or the chair of governors at the school for
// a letter about the school day (by name when the child's contacts have one); the SEND team for a
// letter to the local authority, with the council's name and address left for the parent to type;
// the Ombudsman by name; nobody for a letter whose recipient the governors' decision letter names.
// With each, the hints the form shows beside the name and the address.

import type { CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument } from "../case/case-document";
import type { LetterAudience, LetterTemplate } from "./letter-template";

export type SuggestedRecipient = { name: string | null; address: string | null };

/** A contact whose role is the head (not a head of year or of department). */
const HEAD_ROLE = /^(the )?(head|head ?teacher|head of school|principal|executive head(teacher)?)$/i;
const CHAIR_ROLE = /\bchair\b.*\bgovern/i;

function findContact(document: CaseDocument, role: RegExp): string | null {
  return document.child.contacts.find((contact) => role.test(contact.role?.trim() ?? ""))?.name ?? null;
}

function atSchool(office: string, school: string | null): string {
  return school ? `${office}\n${school}` : office;
}

/**
 * Example: suggestRecipient("school", document) gives the SENCO's name and the school;
 * suggestRecipient("local_authority", document) gives { name: null, address: "The SEND team" },
 * so the letter opens "Dear Sir or Madam" until the parent names someone;
 * suggestRecipient("head_teacher", document) gives the contact whose role is "Head teacher", if any,
 * and the address "The head teacher" above the school.
 */
export function suggestRecipient(
  audience: LetterAudience,
  document: CaseDocument,
): SuggestedRecipient {
  const school = document.child.school;
  switch (audience) {
    case "local_authority":
      return { name: null, address: "The SEND team" };
    case "director_of_childrens_services":
      return { name: null, address: "The Director of Children's Services" };
    case "ombudsman":
      return { name: null, address: "Local Government and Social Care Ombudsman" };
    case "head_teacher":
      return { name: findContact(document, HEAD_ROLE), address: atSchool("The head teacher", school) };
    case "governors":
      return { name: findContact(document, CHAIR_ROLE), address: atSchool("The chair of governors", school) };
    case "council_or_trust":
      return { name: null, address: null };
    case "school":
      return { name: document.child.senco?.name ?? null, address: school };
  }
}

export type RecipientHints = { name: string; address: string | null };

const NAME_OR_SIR_OR_MADAM = "Add a name if you have one; otherwise the letter starts \"Dear Sir or Madam\".";

/** The hints beside "Their name" and "Their address" on the form, for who the letter goes to. */
export function describeRecipientHints(audience: LetterAudience): RecipientHints {
  switch (audience) {
    case "school":
      return { name: "We have put in the SENCO from your child's profile.", address: null };
    case "head_teacher":
      return {
        name: "The head teacher's name, from your child's contacts if you recorded it there. Without a name the letter starts \"Dear Sir or Madam\".",
        address: null,
      };
    case "governors":
      return {
        name: "The chair of governors' name, from your child's contacts if you recorded it there. Without a name the letter starts \"Dear Sir or Madam\".",
        address: "The school's governing board. If the school is an academy, write to the academy trust instead.",
      };
    case "council_or_trust":
      return {
        name: NAME_OR_SIR_OR_MADAM,
        address:
          "Use the address in the governors' decision letter: the council for a maintained school, the academy trust for an academy.",
      };
    case "local_authority":
      return { name: NAME_OR_SIR_OR_MADAM, address: "Add the council's name and address." };
    case "director_of_childrens_services":
      return {
        name: "The council's website names its Director of Children's Services. Without a name the letter starts \"Dear Sir or Madam\".",
        address: "Add the council's name and address.",
      };
    case "ombudsman":
      return { name: NAME_OR_SIR_OR_MADAM, address: null };
  }
}

/** Who a template's letter goes to for this case: its own choice from the records, or its audience. */
export function audienceOf(template: LetterTemplate, document: CaseDocument, today: CalendarDate): LetterAudience {
  return template.chooseAudience?.(document, today) ?? template.audience;
}
