// The demo case's statutory process: the family asked the council for an EHC needs assessment,
// the council agreed, and a draft plan arrived five days ago. The draft is stored as a PDF and read
// back through the same path a parent's upload takes, so its review shows what Clearpath checks:
// several Section F lines too vague to enforce, a need with no support, and the educational
// psychologist's recommendations that did not make it into the plan.
import type { CaseAccess } from "~/auth/access.server";
import { addDays, type CalendarDate } from "~/domain";
import { formatDate } from "~/domain/presentation";
import { splitPlan } from "~/domain/plans/split-plan";
import { addDocumentFromBytes } from "~/services/uploads/upload-documents.server";
import { renderTextPdf } from "./demo-evidence.server";
import { getDocumentText, type Uploader } from "./documents.server";
import { addFamilyPriority, createPlan } from "./plans.server";
import { addStatutoryEvent } from "./statutory.server";

function draftPlanParagraphs(issuedOn: CalendarDate): string[] {
  return [
    `Draft education, health and care plan for Sam Morgan. Date of birth: 14 November 2017. Issued on ${formatDate(issuedOn)}.`,
    "Section A: Views, interests and aspirations",
    "Sam likes football, drawing maps and his dog, Biscuit. He wants to be able to read comics on his own. His parents want him to feel less anxious about school.",
    "Section B: Special educational needs",
    "Cognition and learning",
    "Sam has a specific learning difficulty in literacy. His phonological processing is well below average and his single word reading standard score is 79.",
    "Social, emotional and mental health",
    "Sam is anxious about reading aloud and finds the noisy lunch hall hard, which affects how ready he is to learn.",
    "Communication and interaction",
    "Sam can find it hard to follow long spoken instructions.",
    "Section E: Outcomes",
    "Cognition and learning",
    "By the end of Year 5, Sam will read a short book at his level on his own, with 95% accuracy.",
    "Social, emotional and mental health",
    "By the end of Year 5, Sam will say he feels calm at lunch on four days out of five.",
    "Section F: Special educational provision",
    "Cognition and learning",
    "A structured, multisensory phonics programme delivered one-to-one by a trained teaching assistant, 30 minutes, four times a week.",
    "Access to technology to support reading where appropriate.",
    "Regular opportunities to read with an adult.",
    "Social, emotional and mental health",
    "Support from an adult as needed at unstructured times.",
    "Access to a quiet space when required.",
    "Section I: Placement",
    "Riverside Primary School.",
  ];
}

export async function addDemoPlans(access: CaseAccess, parent: Uploader, today: CalendarDate): Promise<void> {
  const requested = addDays(today, -19 * 7);
  const draftIssued = addDays(today, -5);
  for (const [type, date, notes] of [
    ["ehcna_request_received", requested, "Sent by email to the SEN team, with the EP report and the school's plans."],
    ["ehcna_agreed", addDays(requested, 5 * 7), null],
    ["ehcp_agreed", addDays(requested, 15 * 7), null],
    ["draft_plan_issued", draftIssued, "Arrived by email from the SEN case officer."],
  ] as const) {
    await addStatutoryEvent(access, { type, date, transfer: null, key: null, notes });
  }

  const added = await addDocumentFromBytes(access, {
    fileName: "draft-ehc-plan.pdf",
    bytes: await renderTextPdf("Northshire Council: draft EHC plan", draftPlanParagraphs(draftIssued), "Northshire Council SEN team", draftIssued),
    details: { source: "local_authority", author: "Northshire Council SEN team", areas: ["cognition_learning", "semh"], tags: ["EHC plan", "draft"] },
    uploader: parent,
    today,
    title: "Draft EHC plan",
    date: draftIssued,
  });
  if (!added.ok) throw new Error(`The demo draft plan was refused: ${added.problem}`);
  const text = (await getDocumentText(access, added.id))?.text ?? "";
  await createPlan(access, { stage: "draft", title: "Draft EHC plan", issuedOn: draftIssued, documentId: added.id }, splitPlan(text).lines);

  await addFamilyPriority(access, { text: "Sam reads comics on his own for fun", area: "cognition_learning" });
  await addFamilyPriority(access, { text: "Sam has a friend to play football with at break", area: "semh" });
}
