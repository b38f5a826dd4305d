// The demo case's evidence: the school's support plan and an educational psychologist's report
// (PDFs drawn here), two saved emails, the professionals and referrals, the report's
// recommendations, meetings with actions, correspondence and letters. Dates follow the school
// year the demo is set in (`y` is the year it started), like the rest of the demo; nothing dated
// after today is added except a meeting still to come.
import { and, eq } from "drizzle-orm";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { CaseAccess } from "~/auth/access.server";
import type { AreaOfNeed } from "~/domain/areas-of-need";
import type { DocumentSource } from "~/domain/codes/documents";
import { formatDate } from "~/domain/presentation";
import { addDays, buildLetter, compareDates, extractRecommendations, letterAsText, makeDate, type CalendarDate } from "~/domain";
import { toPdfText, wrapText } from "~/services/pdf/fonts.server";
import { addDocumentFromBytes } from "~/services/uploads/upload-documents.server";
import type { Uploader } from "./documents.server";
import { getCaseDocument } from "./case-document.server";
import { db } from "./db.server";
import {
  correspondence,
  cycles,
  documents,
  letters,
  meetingActions,
  meetings,
  professionals,
  provisions,
  recommendationProvisions,
  recommendations,
  referrals,
  reports,
} from "./schema";

export type DemoFileSpec = {
  title: string;
  fileName: string;
  date: CalendarDate;
  source: DocumentSource;
  author: string;
  areas: AreaOfNeed[];
  tags: string[];
  /** A PDF drawn from a title and paragraphs, or a saved email. */
  content: { kind: "pdf"; heading: string; paragraphs: string[] } | { kind: "eml"; message: string };
};

export function listDemoFiles(y: number): DemoFileSpec[] {
  const planDate = makeDate(y, 9, 8);
  const reportDate = makeDate(y, 10, 9);
  const askedOn = makeDate(y, 10, 13);
  const answeredOn = makeDate(y, 10, 20);
  return [
    {
      title: "Riverside Primary support plan, autumn term",
      fileName: "riverside-support-plan-autumn.pdf",
      date: planDate,
      source: "school",
      author: "Mrs Priya Shah, SENCO",
      areas: ["cognition_learning", "semh"],
      tags: ["support plan", "school"],
      content: {
        kind: "pdf",
        heading: "Riverside Primary School: SEN support plan",
        paragraphs: [
          `Pupil: Sam Morgan. Year 4. Plan start: ${formatDate(planDate)}. Review: ${formatDate(makeDate(y, 12, 4))}.`,
          "Area of need: cognition and learning (reading and spelling); social, emotional and mental health (worries about school).",
          "What we know: Sam's reading age is about two and a half years below his age. He knows most single sounds but finds blending longer words hard. He becomes upset when asked to read aloud in class.",
          "Target 1: Sam will read 40 of the 100 high-frequency words accurately by the end of term.",
          "Target 2: Sam will use a word bank to write three sentences on his own, twice a week, by the review.",
          "Target 3: Sam will feel better at school.",
          "Support: Phonics catch-up group (Read Write Inc. Fresh Start), three times a week for 20 minutes, in a group of 4, led by a teaching assistant trained in the programme.",
          "Support: access to a calm space as appropriate.",
          "Parents' views: Sam's parents are worried that his reading is not improving and that he is anxious before school.",
          "Sam's views: Sam says he likes the small group but that reading makes his head hurt.",
        ],
      },
    },
    {
      title: "Educational psychology report",
      fileName: "educational-psychology-report.pdf",
      date: reportDate,
      source: "professional",
      author: "Dr Hannah Lowe, educational psychologist",
      areas: ["cognition_learning", "semh", "sensory_physical"],
      tags: ["report", "educational psychologist"],
      content: {
        kind: "pdf",
        heading: "Educational Psychology Service: report of assessment",
        paragraphs: [
          `Child: Sam Morgan. Date of birth: 14 November 2017. School: Riverside Primary School. Date of assessment: ${formatDate(makeDate(y, 10, 2))}. Report written: ${formatDate(reportDate)}.`,
          "Reason for involvement: Sam's school asked for advice because his reading has not improved in line with the support given over the last year.",
          "Assessment: Sam's verbal reasoning is in the average range. His phonological processing and rapid naming are well below average, and his single word reading standard score is 79. This profile is consistent with a specific learning difficulty in literacy.",
          "Sam told me that he feels 'stupid' when he reads aloud and that the lunch hall is too noisy. His anxiety about reading is now affecting how ready he is to learn.",
          "Recommendations",
          "1. Sam should have a structured, multisensory phonics programme delivered one-to-one by a trained teaching assistant for 30 minutes, four times a week.",
          "2. Precision teaching of high-frequency words for 10 minutes every day, with his scores charted weekly and shared with home.",
          "3. Sam should be given text-to-speech software for reading tasks in all subjects, so that his reading difficulty does not stop him learning.",
          "4. A named adult Sam can go to when he feels anxious, and a quiet place to eat lunch, available every day.",
          "5. Sam's reading and spelling should be reassessed with standardised tests at the end of each term, and the results shared with his parents.",
          "6. Staff should pre-teach key vocabulary before each new topic.",
          "Dr Hannah Lowe, Educational Psychologist, HCPC registered.",
        ],
      },
    },
    {
      title: "Email to Mrs Shah asking for the provision map",
      fileName: "email-to-senco-provision-map.eml",
      date: askedOn,
      source: "home",
      author: "Alex Morgan",
      areas: ["cognition_learning"],
      tags: ["email", "provision map"],
      content: {
        kind: "eml",
        message: email({
          from: "Alex Morgan <alex.morgan@example.com>",
          to: "Mrs Priya Shah <senco@riverside-primary.example>",
          date: askedOn,
          subject: "Sam's provision map and session records",
          body: [
            "Dear Mrs Shah,",
            "",
            "Thank you for sharing Sam's support plan. Could you please send me a copy of the provision map for Sam, and a record of the phonics group sessions he has had since September, including any that did not go ahead?",
            "",
            "It would help me to have these before the review meeting.",
            "",
            "Kind regards,",
            "Alex Morgan",
          ],
        }),
      },
    },
    {
      title: "Reply from Mrs Shah about the phonics group",
      fileName: "reply-from-senco.eml",
      date: answeredOn,
      source: "school",
      author: "Mrs Priya Shah, SENCO",
      areas: ["cognition_learning"],
      tags: ["email", "phonics group"],
      content: {
        kind: "eml",
        message: email({
          from: "Mrs Priya Shah <senco@riverside-primary.example>",
          to: "Alex Morgan <alex.morgan@example.com>",
          date: answeredOn,
          subject: "Re: Sam's provision map and session records",
          body: [
            "Dear Mr Morgan,",
            "",
            "Thank you for your email. The phonics group has had to stop on some days this half term because our teaching assistant has been covering classes. We hope this will settle after half term.",
            "",
            "I will look out the provision map and send it on when I can.",
            "",
            "Best wishes,",
            "Priya Shah",
            "SENCO, Riverside Primary School",
          ],
        }),
      },
    },
  ];
}

function email({ from, to, date, subject, body }: { from: string; to: string; date: CalendarDate; subject: string; body: string[] }): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const sent = new Date(Date.UTC(year, month - 1, day, 9, 30)).toUTCString().replace("GMT", "+0000");
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${sent}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    ...body,
    "",
  ].join("\r\n");
}

/** A paragraph that starts a new page, as a report starts each part on a page of its own. */
export const PAGE_BREAK = "\f";

/**
 * Draws a heading and paragraphs on A4 pages with a standard font, as a plain document would look;
 * a PAGE_BREAK paragraph starts the next page.
 */
export async function renderTextPdf(heading: string, paragraphs: string[], author: string, created: CalendarDate): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const [year, month, day] = created.split("-").map(Number) as [number, number, number];
  pdf.setCreationDate(new Date(Date.UTC(year, month - 1, day, 12)));
  pdf.setModificationDate(new Date(Date.UTC(year, month - 1, day, 12)));
  pdf.setTitle(heading);
  pdf.setAuthor(author);
  pdf.setProducer("Clearpath demo");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin, size] = [595.28, 841.89, 56, 11];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, useFont = font, textSize = size) => {
    if (y < margin + textSize) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    page.drawText(toPdfText(text, useFont), { x: margin, y, size: textSize, font: useFont });
    y -= textSize * 1.4;
  };
  for (const text of wrapText(heading, bold, 15, width - 2 * margin)) line(text, bold, 15);
  y -= 8;
  for (const paragraph of paragraphs) {
    if (paragraph === PAGE_BREAK) {
      page = pdf.addPage([width, height]);
      y = height - margin;
      continue;
    }
    const isHeading = paragraph.length < 40 && !paragraph.endsWith(".");
    for (const text of wrapText(paragraph, isHeading ? bold : font, size, width - 2 * margin)) line(text, isHeading ? bold : font);
    y -= 6;
  }
  return pdf.save();
}

/**
 * Adds the demo's evidence and communication to its case, after the support record: files go
 * through the same checks and text reading as an upload.
 */
export async function addDemoEvidence(access: CaseAccess, parent: Uploader, today: CalendarDate): Promise<void> {
  const month = Number(today.slice(5, 7));
  const thisYear = Number(today.slice(0, 4));
  const y = month >= 9 ? thisYear : thisYear - 1;
  const caseId = access.caseId;
  const isPast = (date: CalendarDate) => compareDates(date, today) <= 0;
  const encoder = new TextEncoder();

  const stored = new Map<string, string>();
  for (const spec of listDemoFiles(y).filter((file) => isPast(file.date))) {
    const bytes =
      spec.content.kind === "pdf"
        ? await renderTextPdf(spec.content.heading, spec.content.paragraphs, spec.author, spec.date)
        : encoder.encode(spec.content.message);
    const added = await addDocumentFromBytes(access, {
      fileName: spec.fileName,
      bytes,
      details: { source: spec.source, author: spec.author, areas: spec.areas, tags: spec.tags },
      uploader: parent,
      today,
      title: spec.title,
      date: spec.date,
    });
    if (!added.ok) throw new Error(`The demo file ${spec.fileName} was refused: ${added.problem}`);
    stored.set(spec.fileName, added.id);
  }
  const planDocumentId = stored.get("riverside-support-plan-autumn.pdf");
  if (planDocumentId) {
    await db.update(cycles).set({ schoolPlanDocumentId: planDocumentId }).where(and(eq(cycles.caseId, caseId), eq(cycles.startDate, makeDate(y, 9, 8))));
  }

  const [psychologist] = await db
    .insert(professionals)
    .values({ caseId, name: "Dr Hannah Lowe", role: "educational_psychologist", organisation: "Northshire Educational Psychology Service", email: "h.lowe@northshire-eps.example", involvedFrom: makeDate(y, 9, 25) })
    .returning({ id: professionals.id });
  const referralRows = ([
    { caseId, service: "educational_psychologist", professionalId: psychologist!.id, requestedBy: "Mrs Shah (SENCO)", requestedOn: makeDate(y - 1, 7, 10), status: "seen", seenOn: makeDate(y, 10, 2) },
    { caseId, service: "speech_and_language_therapist", requestedBy: "Dr Reed (GP)", requestedOn: makeDate(y - 1, 6, 12), status: "waiting", notes: "The letter said the wait is about 40 weeks." },
  ] satisfies Array<typeof referrals.$inferInsert>).filter((referral) => isPast(referral.requestedOn));
  if (referralRows.length > 0) await db.insert(referrals).values(referralRows);

  const reportDocumentId = stored.get("educational-psychology-report.pdf");
  if (reportDocumentId) {
    const [{ text } = { text: null }] = await db.select({ text: documents.text }).from(documents).where(eq(documents.id, reportDocumentId));
    const [report] = await db
      .insert(reports)
      .values({ caseId, title: "Educational psychology report", professionalId: psychologist!.id, author: "Dr Hannah Lowe", date: makeDate(y, 10, 9), documentId: reportDocumentId })
      .returning({ id: reports.id });
    const found = extractRecommendations(text ?? "");
    const rows = found.length === 0 ? [] : await db
      .insert(recommendations)
      .values(
        found.map((recommendation, position) => ({
          caseId,
          reportId: report!.id,
          text: recommendation.text,
          area: recommendation.areaOfNeed,
          ...recommendation.provision,
          // The parent has gone through all but the last suggestion.
          status: position < found.length - 1 ? ("confirmed" as const) : ("suggested" as const),
          isBeingDelivered: position === 0 ? false : null,
          inEhcPlan: null,
          position,
        })),
      )
      .returning({ id: recommendations.id });
    const [phonics] = await db
      .select({ id: provisions.id })
      .from(provisions)
      .innerJoin(cycles, eq(cycles.id, provisions.cycleId))
      .where(and(eq(provisions.caseId, caseId), eq(cycles.startDate, makeDate(y, 9, 8))))
      .limit(1);
    if (phonics && rows[0]) await db.insert(recommendationProvisions).values({ caseId, recommendationId: rows[0].id, provisionId: phonics.id });
  }

  const metOn = makeDate(y, 10, 16);
  if (isPast(metOn)) {
    const [meeting] = await db
      .insert(meetings)
      .values({
        caseId,
        date: metOn,
        kind: "senco",
        title: "Meeting with Mrs Shah about reading",
        attendees: ["Alex Morgan (parent)", "Mrs Priya Shah (SENCO)", "Miss Grace Okafor (class teacher)"],
        notes: "We talked about the phonics group stopping when the teaching assistant covers classes, and about Sam's worries before school.",
        agreed: "The school will send the provision map and the session records. Miss Okafor will give Sam a job at the start of the day to help him settle.",
      })
      .returning({ id: meetings.id });
    await db.insert(meetingActions).values([
      { caseId, meetingId: meeting!.id, description: "Send the provision map and the phonics session records", owner: "Mrs Shah", dueDate: makeDate(y, 10, 30), position: 0 },
      { caseId, meetingId: meeting!.id, description: "Give Sam a morning job to help him settle", owner: "Miss Okafor", dueDate: makeDate(y, 10, 20), status: "done", doneOn: makeDate(y, 10, 20), position: 1 },
    ]);
  }
  const reviewOn = makeDate(y, 12, 4);
  if (!isPast(reviewOn)) {
    await db.insert(meetings).values({
      caseId,
      date: reviewOn,
      kind: "sen_review",
      title: "Review of the autumn plan",
      attendees: ["Alex Morgan (parent)", "Mrs Priya Shah (SENCO)"],
      questions: "Why has the phonics group been cancelled so often?\nWhen will the educational psychologist's recommendations be added to the plan?",
    });
  }

  const askedOn = makeDate(y, 10, 13);
  if (isPast(askedOn)) {
    const [asked] = await db
      .insert(correspondence)
      .values({
        caseId,
        direction: "sent",
        date: askedOn,
        channel: "email",
        from: "Alex Morgan",
        to: "Mrs Priya Shah (SENCO)",
        subject: "Sam's provision map and session records",
        body: "Asked for the provision map and a record of the phonics group sessions since September.",
        replyBy: addDays(askedOn, 10),
        repliedOn: isPast(makeDate(y, 10, 20)) ? makeDate(y, 10, 20) : null,
        documentId: stored.get("email-to-senco-provision-map.eml") ?? null,
      })
      .returning({ id: correspondence.id });
    if (isPast(makeDate(y, 10, 20))) {
      await db.insert(correspondence).values({
        caseId,
        direction: "received",
        date: makeDate(y, 10, 20),
        channel: "email",
        from: "Mrs Priya Shah (SENCO)",
        to: "Alex Morgan",
        subject: "Re: Sam's provision map and session records",
        body: "The phonics group stopped on some days because the teaching assistant covered classes. The provision map will follow.",
        inReplyTo: asked!.id,
        documentId: stored.get("reply-from-senco.eml") ?? null,
      });
    }
  }

  // A formal letter after the provision map did not come, sent and now awaiting a reply; and a
  // draft asking for the session records, still being written.
  const document = await getCaseDocument(access);
  const sentOn = makeDate(y, 11, 3);
  if (isPast(sentOn)) {
    const draft = buildLetter("provision_map_request", document, {}, sentOn);
    const replyBy = addDays(sentOn, draft.replyWithinDays ?? 14);
    const parts = { senderName: "Alex Morgan", recipientName: "Mrs Priya Shah, SENCO", recipientAddress: "Riverside Primary School", subject: draft.subject, body: draft.body };
    const [logged] = await db
      .insert(correspondence)
      .values({ caseId, direction: "sent", date: sentOn, channel: "letter", from: "Alex Morgan", to: "Mrs Priya Shah (SENCO)", subject: draft.subject, body: letterAsText(parts), kind: "provision_map_request", replyBy })
      .returning({ id: correspondence.id });
    await db.insert(letters).values({
      caseId,
      kind: "provision_map_request",
      ...parts,
      replyWithinDays: draft.replyWithinDays,
      sentOn,
      correspondenceId: logged!.id,
    });
  }
  const records = buildLetter("session_records_request", document, {}, today);
  await db.insert(letters).values({
    caseId,
    kind: "session_records_request",
    senderName: "Alex Morgan",
    recipientName: "Mrs Priya Shah, SENCO",
    recipientAddress: "Riverside Primary School",
    subject: records.subject,
    body: records.body,
    replyWithinDays: records.replyWithinDays,
  });
}
