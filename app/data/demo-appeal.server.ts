// The demo family's second child (issue 23; decision 150): Tess Morgan, Sam's older sister, in
// Year 8 at a secondary school, with needs in communication and interaction and in social,
// emotional and mental health. The council refused to assess her needs about 8 weeks ago; the
// family went to mediation, got the certificate about 3 weeks ago and appealed; the tribunal
// registered the appeal about 10 days ago and set its directions' dates. Her evidence bundle holds
// the documents the family gathered (demo-appeal-documents.server.ts), put in through the same
// upload path and page count as a parent's, so that the evidence the budget counts is 70 of the
// 75 pages allowed: past the warning, under the limit. Her name sorts after Sam's, so Sam's case
// stays first on the list of cases.
import { PDFDocument } from "pdf-lib";
import type { CaseAccess } from "~/auth/access.server";
import { requireCaseAccess } from "~/auth/access.server";
import type { SignedInUser } from "~/context";
import type { CalendarDate } from "~/domain";
import { addDocumentFromBytes } from "~/services/uploads/upload-documents.server";
import { addAppealDate, addBundleItem, addParagraph, startAppeal, updateAppeal } from "./appeals.server";
import { addContact, createCase, saveNeed } from "./cases.server";
import { demoAppealDates, listDemoAppealFiles, type DemoAppealDates } from "./demo-appeal-documents.server";
import { renderTextPdf } from "./demo-evidence.server";
import type { Uploader } from "./documents.server";
import { addProfessional, addReferral } from "./professionals.server";
import { addReport } from "./reports.server";
import { addStatutoryEvent } from "./statutory.server";

export const DEMO_SIBLING = { childName: "Tess Morgan", yearGroup: "Year 8", school: "Hollins Park Academy" } as const;

/** The appeal's reference, as the tribunal's letter gives it (invented). */
function referenceOf(registered: CalendarDate): string {
  return `EH871/${registered.slice(2, 4)}/00342`;
}

/** Adds Tess's case, owned by the demo parent, and gives its id. */
export async function addDemoSibling(parent: SignedInUser, today: CalendarDate): Promise<string> {
  const caseId = await createCase(parent, {
    childName: DEMO_SIBLING.childName,
    dateOfBirth: "2013-10-05",
    school: DEMO_SIBLING.school,
    yearGroup: DEMO_SIBLING.yearGroup,
    sencoName: "Mr Owen Clarke",
    sencoEmail: "senco@hollins-park.example",
    sencoPhone: "01632 960 274",
    strengths: "Creative and kind. Very good at art. Learns her lines for drama club and loves performing when she knows what to say.",
    interests: "Drawing, drama club on Tuesdays, baking with her gran.",
    views: "\"School is loud and fast. I feel sick before school. When I get lost I want to hide. I want someone to check I know what to do, and a quiet place at lunch.\"",
  });
  const access = await requireCaseAccess(parent, caseId, "own");
  const dates = demoAppealDates(today);
  const therapist = await addProfile(access, dates);
  const uploader = { id: parent.id, name: parent.name };
  const documentIds = await addDocuments(access, uploader, dates, today);
  await addReports(access, dates, documentIds, therapist);
  await addAppeal(access, dates, documentIds);
  return caseId;
}

/** Her needs, contacts and the speech and language therapist she is waiting to see again; gives the therapist's id. */
async function addProfile(access: CaseAccess, dates: DemoAppealDates): Promise<string> {
  await saveNeed(access, "communication_interaction", {
    signs: ["ci_understanding_language", "ci_complex_instructions", "ci_conversation", "ci_friendships", "ci_change_distress"],
    otherSigns: "Pretends to understand so that people leave her alone. Goes silent when several people talk at once.",
    since: "2019-09-01",
    impact: "a_great_deal",
    notes: "Had speech and language therapy in primary school until Year 4. Things got harder after the move to secondary school.",
  });
  await saveNeed(access, "semh", {
    signs: ["semh_anxiety", "semh_avoidance", "semh_withdrawn", "semh_meltdowns"],
    otherSigns: "Stomach aches and poor sleep before school days, worst on Sunday nights.",
    since: "2025-01-01",
    impact: "a_great_deal",
    notes: null,
  });
  await addContact(access, { name: "Ms Rachel Byrne", role: "Head of Year 8", email: "r.byrne@hollins-park.example", phone: null });
  await addContact(access, { name: "Dr Tom Reed", role: "GP", email: null, phone: "01632 960 450" });
  const therapist = await addProfessional(access, {
    name: "Ms Claire Dunn",
    role: "speech_and_language_therapist",
    organisation: "Northshire Children's Speech and Language Therapy",
    email: null,
    phone: null,
    involvedFrom: null,
    notes: "Saw Tess in primary school and discharged her in Year 4.",
  });
  await addReferral(access, {
    service: "speech_and_language_therapist",
    professionalId: therapist,
    requestedBy: "Dr Reed (GP)",
    requestedOn: dates.gpLetter,
    status: "waiting",
    seenOn: null,
    notes: "Asked for an up-to-date assessment: the last report is from Year 4. The service says the wait is about 30 weeks.",
  });
  return therapist;
}

/**
 * Stores each document through the upload path and gives the ids by key. Each is a PDF drawn here
 * with the pages its spec says, which is what the bundle counts for a PDF (its own pages; decision
 * 143). They are counted here from the drawn file rather than in the worker, as a parent's upload
 * is, because the demo drew them itself and start-up should stay quick; the demo's test counts
 * them the parent's way and finds the same pages.
 */
async function addDocuments(access: CaseAccess, uploader: Uploader, dates: DemoAppealDates, today: CalendarDate): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const spec of listDemoAppealFiles(dates)) {
    if (spec.content.kind !== "pdf") throw new Error(`The demo appeal file ${spec.fileName} is not a PDF`);
    const bytes = await renderTextPdf(spec.content.heading, spec.content.paragraphs, spec.author, spec.date);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    if (pages !== spec.pages) throw new Error(`The demo file ${spec.fileName} has ${pages} pages, not ${spec.pages}`);
    const added = await addDocumentFromBytes(access, {
      fileName: spec.fileName,
      bytes,
      details: { source: spec.source, author: spec.author, areas: spec.areas, tags: spec.tags },
      uploader,
      today,
      title: spec.title,
      date: spec.date,
    });
    if (!added.ok) throw new Error(`The demo file ${spec.fileName} was refused: ${added.problem}`);
    ids.set(spec.key, added.id);
  }
  return ids;
}

async function addReports(access: CaseAccess, dates: DemoAppealDates, documentIds: Map<string, string>, therapist: string) {
  const psychologist = await addProfessional(access, {
    name: "Dr Nadia Kerr",
    role: "educational_psychologist",
    organisation: "Independent practice",
    email: "nadia.kerr@kerr-psychology.example",
    phone: null,
    involvedFrom: dates.epAssessed,
    notes: "Asked for by the family after the council refused to assess.",
  });
  const reports = [
    { title: "Independent educational psychology report", professionalId: psychologist, author: "Dr Nadia Kerr", date: dates.epReport, documentId: documentIds.get("ep_report")! },
    { title: "Speech and language therapy report (Year 4)", professionalId: therapist, author: "Ms Claire Dunn", date: dates.saltReport, documentId: documentIds.get("salt_report")! },
  ];
  for (const report of reports) {
    const added = await addReport(access, report, []);
    if (!added.ok) throw new Error(`The demo report was refused: ${added.problem}`);
  }
}

/** The refusal, the appeal against it, its directions' dates, its bundle and a first few paragraphs of the parent's statement. */
async function addAppeal(access: CaseAccess, dates: DemoAppealDates, documentIds: Map<string, string>) {
  await addStatutoryEvent(access, { type: "ehcna_request_received", date: dates.requested, transfer: null, key: null, notes: "Sent by email to the SEN team, with the school's plans and the GP's letter." });
  const refusal = await addStatutoryEvent(access, { type: "ehcna_refused", date: dates.refused, transfer: null, key: null, notes: "The panel said the school can meet Tess's needs from its own support." });
  // Recorded on the statutory page too, as a family keeps its chronology there: the lists of
  // dates and "Do this next" read these events (decision 142), so the appeal counts as sent. (The
  // registration is the appeal's own record: the statutory page has no event for it.)
  for (const [type, date] of [
    ["mediation_requested", dates.mediationRequested],
    ["mediation_held", dates.mediation],
    ["mediation_certificate_issued", dates.certificate],
    ["appeal_lodged", dates.sent],
  ] as const) {
    await addStatutoryEvent(access, { type, date, transfer: null, key: null, notes: null });
  }
  const appealId = await startAppeal(access, {
    decisionEventId: refusal,
    appealType: "refusal_to_assess",
    sections: [],
    mediation: "certificate_after_mediation",
    mediationCertificateOn: dates.certificate,
    notes: "The council kept to its decision at mediation.",
  });
  await updateAppeal(access, appealId, { submittedOn: dates.sent, registeredOn: dates.registered, tribunalReference: referenceOf(dates.registered), status: "registered" });
  for (const [kind, date] of [
    ["la_response", dates.laResponse],
    ["final_evidence", dates.finalEvidence],
    ["attendance_forms", dates.attendanceForms],
    ["hearing", dates.hearing],
  ] as const) {
    await addAppealDate(access, appealId, { kind, date, label: null, notes: kind === "hearing" ? "From the tribunal's registration letter." : null });
  }

  for (const spec of listDemoAppealFiles(dates)) {
    const isReport = spec.bundle.kind === "expert_report";
    await addBundleItem(access, appealId, {
      documentId: documentIds.get(spec.key)!,
      section: spec.bundle.section,
      kind: spec.bundle.kind,
      pages: spec.pages,
      summaryPages: isReport ? (spec.bundle.summaryPages ?? null) : null,
      reportDate: isReport ? spec.date : null,
    });
  }

  const statement: Array<{ date: CalendarDate; text: string; exhibits: string[] }> = [
    {
      date: dates.firstSupportPlan,
      text: "Tess's school put her on SEN support in Year 7. The help was a weekly check-in with her tutor and use of the pastoral room. Her second plan, this year, gives the same help, although her attendance has fallen.",
      exhibits: ["first_plan", "second_plan", "attendance"],
    },
    {
      date: dates.requested,
      text: "I asked Northshire Council to assess Tess's needs. I sent the school's plans and the GP's letter. Tess was leaving lessons, hiding at lunch and missing mornings, as the school's own log shows.",
      exhibits: ["log"],
    },
    {
      date: dates.refused,
      text: "The council refused to assess. It said the school can meet Tess's needs from its own support. The council did not ask the school what it had tried or whether it had any specialist advice.",
      exhibits: ["refusal"],
    },
    {
      date: dates.epReport,
      text: "We asked an independent educational psychologist to see Tess. Her report says Tess's understanding of spoken language is well below that of most children her age, and that her worry and her leaving lessons are signs of this need.",
      exhibits: ["ep_report"],
    },
  ];
  for (const paragraph of statement) {
    await addParagraph(access, appealId, { date: paragraph.date, text: paragraph.text, exhibitDocumentIds: paragraph.exhibits.map((key) => documentIds.get(key)!) });
  }
}
