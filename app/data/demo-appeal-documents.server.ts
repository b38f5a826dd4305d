// The demo appeal's documents (issue 23): what a family appealing a refusal to assess would have
// gathered for Tess, the demo family's older child, each drawn as a PDF of a fixed number of pages
// (a PAGE_BREAK starts each page) so that the evidence the budget counts (sections C to E) comes
// to 70 of the 75 pages a refusal-to-assess appeal allows, whatever day the demo is made. Every
// person, school and service is invented; every date is worked out from `today` by
// `demoAppealDates`.
import { addDays, addMonths, isWorkingDay, type CalendarDate } from "~/domain";
import type { BundleItemKind, BundleSection } from "~/domain/codes/tribunal";
import { formatDate } from "~/domain/presentation";
import { addTribunalWorkingDays, lastWorkingDayOnOrBefore } from "~/domain/tribunal";
import { PAGE_BREAK, type DemoFileSpec } from "./demo-evidence.server";

/** The dates the demo appeal is told by, each a working day worked out from `today`. */
export type DemoAppealDates = ReturnType<typeof demoAppealDates>;

/**
 * The story's dates: the request about 14 weeks ago, the refusal about 8 weeks ago (inside the
 * council's 6 weeks), the mediation certificate about 3 weeks ago, the appeal sent, and registered
 * about 10 days ago; then the directions: the council's response 30 tribunal working days after
 * registration (R-TRIB-LA-RESPONSE), final evidence and attendance forms 15 after that, the
 * hearing 15 after those.
 */
export function demoAppealDates(today: CalendarDate) {
  const on = (days: number) => lastWorkingDayOnOrBefore(addDays(today, -days));
  // The school's own papers are dated on a day the school is likely open.
  const atSchool = (days: number) => schoolDayOnOrBefore(addDays(today, -days));
  const registered = on(10);
  const laResponse = addTribunalWorkingDays({ from: registered, count: 30 });
  const finalEvidence = addTribunalWorkingDays({ from: laResponse, count: 15 });
  const hearing = addTribunalWorkingDays({ from: finalEvidence, count: 15 });
  return {
    firstSupportPlan: atSchool(300),
    schoolReport: atSchool(150),
    secondSupportPlan: atSchool(145),
    gpLetter: on(104),
    requested: on(98),
    camhsLetter: on(88),
    refused: on(57),
    mediationRequested: on(50),
    epAssessed: on(45),
    epReport: on(38),
    attendance: atSchool(34),
    logPrinted: atSchool(32),
    diaryTo: on(30),
    mediation: on(26),
    certificate: on(22),
    tessViews: on(21),
    grandmother: on(20),
    youthWorker: on(19),
    sent: on(18),
    registered,
    laResponse,
    finalEvidence,
    attendanceForms: finalEvidence,
    hearing,
    // A little over three years before the hearing: too old for it unless the tribunal allows it.
    saltReport: lastWorkingDayOnOrBefore(addMonths(hearing, -38)),
  };
}

/** One of the demo appeal's documents, with where it goes in the bundle and how many pages it has. */
export type DemoAppealFile = DemoFileSpec & {
  /** The key the appeal's records name it by. */
  key: string;
  bundle: { section: BundleSection; kind: BundleItemKind; summaryPages?: number };
  pages: number;
};

/** Pages of paragraphs, as one list with a PAGE_BREAK between pages. */
function paged(...pages: string[][]): string[] {
  return pages.flatMap((page, index) => (index === 0 ? page : [PAGE_BREAK, ...page]));
}

/** Whether a school is likely open on a day: a working day outside August and the Christmas fortnight. */
function isLikelySchoolDay(date: CalendarDate): boolean {
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return isWorkingDay(date) && month !== 8 && !(month === 12 && day >= 20) && !(month === 1 && day <= 4);
}

/** The last likely school day on or before a date. */
function schoolDayOnOrBefore(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isLikelySchoolDay(day)) day = addDays(day, -1);
  return day;
}

/** `count` likely school days before `last` (newest last), `gap` days apart or a little more. */
function schoolDaysBefore(last: CalendarDate, count: number, gap: number): CalendarDate[] {
  const days: CalendarDate[] = [];
  let day = last;
  while (days.length < count) {
    day = schoolDayOnOrBefore(day);
    days.unshift(day);
    day = addDays(day, -gap);
  }
  return days;
}

const LOG_ENTRIES = [
  "Tess left the maths lesson without asking and was found in the toilets. She said the room was too loud. Spoke to her at break.",
  "Late to registration. Tess said she could not find her form room after the room change. Reminder given.",
  "Did not answer when the teacher asked her a question in English. Other pupils laughed. Tess cried after the lesson.",
  "Refused to go into the hall for assembly. Sat in the library with a teaching assistant instead.",
  "Tess told her tutor that nobody talks to her at lunch. Tutor suggested the lunchtime club.",
  "Homework not handed in for science. Tess said she did not understand what the task was.",
  "Walked out of drama when asked to work in a group of four. Found on the field. Parent phoned.",
  "Tess put her head on the desk for most of the history lesson and would not speak.",
  "Pastoral check-in: Tess said she is tired because she does not sleep on Sunday nights.",
  "Argument with another pupil in the lunch queue. Tess said the other pupil pushed in. Both spoken to.",
  "Tess did not come to school. Parent said she was sick in the morning and very upset.",
  "Hid under the stairs at the end of lunch and did not go to period 5. Brought to the pastoral office.",
  "Tess asked to leave French early because the room change in period 3 worried her. Allowed.",
  "Teacher noted that Tess copied the first line of the task and then stopped. Said she did not know how to start.",
  "Sent out of geography for saying 'this is stupid' and throwing her pen. Spent the rest of the lesson in the pastoral room.",
  "Tess did not go to PE. She said changing in front of others makes her feel sick.",
  "Pastoral check-in: Tess said she likes art because the teacher tells her the steps one at a time.",
  "Late after break. Tess said she could not find her tutor group in the crowd.",
  "Tess was upset by a fire drill and would not go back inside for twenty minutes.",
  "Did not answer the register. Teacher thought she was absent; she was sitting at the back with her hood up.",
  "Tess told a teaching assistant that she feels 'like a ghost' at school.",
  "One day internal isolation after Tess swore at a supply teacher who raised his voice.",
  "Parent meeting with the Head of Year about the council's decision not to assess. Support plan to be looked at again.",
  "Tess left the canteen without eating. Said the noise hurts her head.",
  "Tess missed the first two lessons. Parent said it took an hour to get her out of the car.",
  "Did well in art: finished her piece and showed it to the class with the teacher beside her.",
  "Tess refused to read aloud in English and left the room. Found in the library.",
];

const DIARY_ENTRIES = [
  "Tess was quiet all evening and went to bed at seven. She said school was 'loud and fast'.",
  "Took forty minutes to get her into the car. She cried and said her tummy hurt.",
  "Tess said a girl in her form called her weird because she does not talk. She would not eat tea.",
  "A good day. Art, and the teacher showed her work to the class. She talked about it in the car.",
  "Tess came home and slept for two hours in her uniform. Would not talk about school.",
  "She asked me if she could go to a school 'where people talk slowly'.",
  "Sunday night: Tess was awake until one in the morning, worrying about the timetable change.",
  "Tess told me she hides in the toilets at lunch because the canteen is too noisy.",
  "Kept off school. Tess was sick twice before eight o'clock.",
  "Tess said she did not know what her science homework was. I emailed the teacher.",
  "She came home with a detention slip for not answering a question. She did not know she had been asked.",
  "Tess said she wished she was still at primary school, where Mrs Shah checked on her.",
  "She was fine at drama club tonight. Joy says she is a different girl there.",
  "Tess screamed and shut herself in her room after school. Later she said the fire alarm went off.",
  "She asked me to write down the steps of her homework one at a time. Then she did it on her own.",
  "Tess said she pretends to read the board so nobody will notice she is lost.",
  "Took an hour to get her into school. She missed the first two lessons.",
  "Tess said she is 'stupid' and everyone knows it. We talked for a long time.",
  "Good evening. She baked with her gran and talked more than she has all week.",
  "Tess had a meltdown in the car park and would not get out of the car. I brought her home.",
  "She told me she had been put in isolation. She could not explain why.",
  "Tess did not want to go to her cousin's party because 'too many people talk at once'.",
  "She asked if she has to go back after the holidays. She was shaking.",
  "Tess said nobody at school has asked her what would help.",
];

/** The demo appeal's documents: the appeal papers, the decision, the reports, the other evidence and two witness statements. */
export function listDemoAppealFiles(dates: DemoAppealDates): DemoAppealFile[] {
  const d = formatDate;
  const child = "Tess Morgan";
  const school = "Hollins Park Academy";
  const logDays = schoolDaysBefore(dates.logPrinted, LOG_ENTRIES.length, 3);
  const diaryDays = schoolDaysBefore(dates.diaryTo, DIARY_ENTRIES.length, 4);
  const logPages = Array.from({ length: 9 }, (_, page) =>
    [page === 0 ? `Pupil: ${child}. Year 8. Printed on ${d(dates.logPrinted)} for Tess's parent.` : `${child}: behaviour and pastoral log, continued.`].concat(
      LOG_ENTRIES.slice(page * 3, page * 3 + 3).map((entry, i) => `${d(logDays[page * 3 + i]!)}. ${entry}`),
    ),
  );
  const diaryPages = Array.from({ length: 12 }, (_, page) =>
    [page === 0 ? "I started writing down what happened each school day when things got worse. These are the days I wrote something." : "Our diary, continued."].concat(
      DIARY_ENTRIES.slice(page * 2, page * 2 + 2).map((entry, i) => `${d(diaryDays[page * 2 + i]!)}. ${entry}`),
    ),
  );
  return [
    // ── A: the appeal papers (numbered, not counted) ──
    {
      key: "appeal_form",
      title: "Our appeal form, as sent to the tribunal",
      fileName: "appeal-form-copy.pdf",
      date: dates.sent,
      source: "home",
      author: "Alex Morgan",
      areas: ["communication_interaction", "semh"],
      tags: ["appeal", "tribunal"],
      bundle: { section: "appeal", kind: "document" },
      pages: 5,
      content: {
        kind: "pdf",
        heading: "Appeal to the SEND Tribunal: our copy",
        paragraphs: paged(
          [`Child: ${child}. Date of birth: 5 October 2013. School: ${school}, Year 8.`, `Parent: Alex Morgan. Sent to the tribunal on ${d(dates.sent)}.`, "What we are appealing", `Northshire Council's decision of ${d(dates.refused)} not to carry out an education, health and care needs assessment for Tess.`],
          ["Mediation", `We met the council at mediation on ${d(dates.mediation)}. The council kept to its decision. The mediation service gave us a certificate on ${d(dates.certificate)}.`],
          ["Why we disagree", "Tess may have special educational needs and may need special educational provision through an EHC plan. That is the legal test for an assessment, and we think it is met.", "Tess finds it very hard to understand spoken language and to talk in a group. She is anxious most days and is missing lessons."],
          ["What the school has tried", "The school has had two support plans for Tess. Both had the same kind of help: a check-in with her tutor and time in the pastoral room. Her attendance and her worries have got worse, not better."],
          ["What we want", "We want the tribunal to order the council to assess Tess's needs.", "Documents we will send: the council's letter, the school's records, the reports from professionals and our own records."],
        ),
      },
    },
    {
      key: "certificate",
      title: "Mediation certificate",
      fileName: "mediation-certificate.pdf",
      date: dates.certificate,
      source: "other",
      author: "Northshire Mediation Service",
      areas: [],
      tags: ["mediation", "certificate"],
      bundle: { section: "appeal", kind: "document" },
      pages: 1,
      content: {
        kind: "pdf",
        heading: "Northshire Mediation Service: mediation certificate",
        paragraphs: [`This certificate is for Alex Morgan, parent of ${child}.`, `Mediation with Northshire Council took place on ${d(dates.mediation)} about the council's decision not to assess Tess's needs. The disagreement was not settled.`, `Date of this certificate: ${d(dates.certificate)}.`],
      },
    },
    {
      key: "registration",
      title: "Tribunal letter: appeal registered, with directions",
      fileName: "tribunal-registration-letter.pdf",
      date: dates.registered,
      source: "other",
      author: "SEND Tribunal",
      areas: [],
      tags: ["tribunal", "directions"],
      bundle: { section: "appeal", kind: "document" },
      pages: 2,
      content: {
        kind: "pdf",
        heading: "First-tier Tribunal (SEND): your appeal is registered",
        paragraphs: paged(
          [`Appeal about: ${child}. Registered on ${d(dates.registered)}.`, "We have sent a copy of the appeal to Northshire Council. Please keep to the dates below. If you cannot, tell us as soon as you can."],
          ["Directions", `The council must send its response by ${d(dates.laResponse)}.`, `Both sides must send any further evidence by ${d(dates.finalEvidence)}.`, `Both sides must send their attendance forms by ${d(dates.attendanceForms)}.`, `The hearing will be on ${d(dates.hearing)}.`],
        ),
      },
    },
    // ── B: the decision (numbered, not counted) ──
    {
      key: "refusal",
      title: "Letter from the council: refusal to assess",
      fileName: "council-refusal-letter.pdf",
      date: dates.refused,
      source: "local_authority",
      author: "Northshire Council SEN team",
      areas: ["communication_interaction", "semh"],
      tags: ["refusal", "council"],
      bundle: { section: "decision_and_plan", kind: "document" },
      pages: 2,
      content: {
        kind: "pdf",
        heading: "Northshire Council: decision on your request for an assessment",
        paragraphs: paged(
          [`Dear Mr Morgan,`, `Re: ${child}. Your request received on ${d(dates.requested)}.`, `The SEN panel looked at your request for an education, health and care needs assessment for Tess. The panel has decided not to carry out an assessment at this time.`, "The panel felt that Tess's needs can be met from the support that Hollins Park Academy normally gives. The school should keep reviewing her support plan and ask the council's advisory teachers for advice."],
          ["You can ask for mediation, and you can appeal to the SEND Tribunal. You must get a mediation certificate before you appeal.", "Yours sincerely,", "Ms Helen Ward, SEN team manager, Northshire Council"],
        ),
      },
    },
    // ── C: reports (counted) ──
    {
      key: "ep_report",
      title: "Independent educational psychology report",
      fileName: "independent-ep-report.pdf",
      date: dates.epReport,
      source: "professional",
      author: "Dr Nadia Kerr, educational psychologist",
      areas: ["communication_interaction", "semh", "cognition_learning"],
      tags: ["report", "educational psychologist"],
      bundle: { section: "reports", kind: "expert_report", summaryPages: 2 },
      pages: 14,
      content: {
        kind: "pdf",
        heading: "Report of an educational psychology assessment",
        paragraphs: paged(
          [`Child: ${child}. Date of birth: 5 October 2013. School: ${school}, Year 8.`, `Seen at home and at school on ${d(dates.epAssessed)}. Report written on ${d(dates.epReport)}.`, "Written by Dr Nadia Kerr, educational psychologist, HCPC registered. Asked for by Tess's parent."],
          ["Summary (page 1 of 2)", "Tess is a creative, kind young person who loves art and drama. She finds it very hard to understand long spoken instructions and to follow talk in a group. Her language scores are well below those of most children her age.", "Because she often does not understand what is said in class, Tess gets lost, then anxious, then leaves the room or shuts down. School staff see this as behaviour; I see it as a sign of an unmet need."],
          ["Summary (page 2 of 2)", "In my view Tess has special educational needs in communication and interaction, and in social, emotional and mental health. The support she has had has not been enough. Her attendance has fallen and her anxiety has grown.", "An EHC needs assessment would bring together advice from a speech and language therapist, health and the school, so that the right help can be planned."],
          ["Background", "Tess had speech and language therapy in primary school, which ended when she was in Year 4. She moved to Hollins Park Academy in Year 7. Her parent says things got harder after the move: more teachers, more rooms, more talk."],
          ["What Tess told me", "Tess said school is 'loud and fast'. She said she pretends to understand so that people will leave her alone. She said art is the best lesson because the teacher shows her the steps one at a time."],
          ["What school staff told me", "Her tutor said Tess is polite but very quiet and often seems far away. Her English teacher said she rarely finishes written work. The SENCO said the school has a support plan but no specialist advice."],
          ["What I saw in lessons", "In a science lesson the teacher gave four instructions at once. Tess wrote the date and then stopped. When the class moved to group work, she asked to go to the toilet and did not come back for ten minutes."],
          ["Assessment: understanding language", "On tests of understanding spoken sentences and following directions, Tess scored well below average (below the 5th percentile). She did best when sentences were short and when she could see pictures."],
          ["Assessment: using language", "Tess can say what she means when she is calm and has time. Under pressure her answers become very short. She found it hard to retell a story in order."],
          ["Assessment: thinking and learning", "Her non-verbal reasoning (solving problems with shapes and patterns) is in the average range. This shows that her difficulties are not about how clever she is."],
          ["Assessment: feelings and wellbeing", "On a questionnaire about worry, Tess's answers were in the range that needs attention. Her parent's answers were the same. She worries most about being asked to speak and about changes."],
          ["Recommendations (page 1 of 2)", "1. Tess should have a speech and language therapy assessment, and a programme set by a therapist and carried out in school.", "2. Teachers should give instructions in short steps, written down as well as said.", "3. Tess should have a named adult she sees at the start of each day, and a plan for changes in her day."],
          ["Recommendations (page 2 of 2)", "4. Tess should have a quiet place to eat lunch, and a way to leave a lesson that does not get her into trouble.", "5. Her worries should be looked at by CAMHS or a school counsellor.", "6. Her progress should be checked each term, with her parent."],
          ["Conclusion", "In my view Tess may have special educational needs, and it may be necessary for special educational provision to be made through an EHC plan. I recommend that the council assesses her needs.", "Dr Nadia Kerr, educational psychologist."],
        ),
      },
    },
    {
      key: "salt_report",
      title: "Speech and language therapy report (Year 4)",
      fileName: "speech-and-language-report.pdf",
      date: dates.saltReport,
      source: "health",
      author: "Ms Claire Dunn, speech and language therapist",
      areas: ["communication_interaction"],
      tags: ["report", "speech and language"],
      bundle: { section: "reports", kind: "expert_report", summaryPages: 1 },
      pages: 6,
      content: {
        kind: "pdf",
        heading: "Northshire Children's Speech and Language Therapy: discharge report",
        paragraphs: paged(
          ["Summary", `Child: ${child}. Report date: ${d(dates.saltReport)}.`, "Tess has a language disorder that mainly affects how well she understands spoken language. She has made some progress with therapy and is now discharged to the care of her school, with advice."],
          ["Why Tess was seen", "Tess's class teacher asked for help because Tess often did not follow instructions and rarely spoke in class."],
          ["What we found", "Tess's understanding of spoken sentences was below what we expect for her age. She needed things said more than once, and she understood best with pictures."],
          ["What we did", "Tess had two blocks of six sessions in school. She learned to ask an adult to say something again, and to use a picture timetable."],
          ["Advice for school", "Use short sentences. Check that Tess has understood by asking her to show you. Warn her before changes. Give her time to answer."],
          ["Discharge", "Tess is discharged from the service. She can be referred again if her needs change, for example when she moves to secondary school.", "Ms Claire Dunn, speech and language therapist."],
        ),
      },
    },
    {
      key: "camhs_letter",
      title: "CAMHS letter after Tess's first appointment",
      fileName: "camhs-letter.pdf",
      date: dates.camhsLetter,
      source: "health",
      author: "Dr Imran Patel, clinical psychologist",
      areas: ["semh"],
      tags: ["CAMHS", "letter"],
      bundle: { section: "reports", kind: "document" },
      pages: 2,
      content: {
        kind: "pdf",
        heading: "Northshire CAMHS: letter after first appointment",
        paragraphs: paged(
          [`Dear Mr Morgan,`, `Thank you for bringing Tess to see me. This letter is about our meeting and what happens next. Copy to Dr Tom Reed (GP).`, "Tess told me she feels worried most days at school, and worst on Sunday nights. She described feeling sick before school and wanting to hide when it is noisy."],
          ["I think Tess's anxiety is closely linked to how hard she finds understanding and joining in with talk at school. She will be offered a group for young people with anxiety; the wait is about six months.", "I would support an assessment of her special educational needs.", "Dr Imran Patel, clinical psychologist."],
        ),
      },
    },
    {
      key: "gp_letter",
      title: "Letter from the GP",
      fileName: "gp-letter.pdf",
      date: dates.gpLetter,
      source: "health",
      author: "Dr Tom Reed, GP",
      areas: ["semh"],
      tags: ["GP", "letter"],
      bundle: { section: "reports", kind: "document" },
      pages: 2,
      content: {
        kind: "pdf",
        heading: "Mill Lane Surgery: to whom it may concern",
        paragraphs: paged(
          [`Re: ${child}, date of birth 5 October 2013.`, "I have seen Tess four times in the last year with stomach pains and poor sleep. I have found no physical cause. Her symptoms are worse on school days and better in the holidays."],
          ["I have referred Tess to CAMHS, and to the speech and language therapy service for an up-to-date assessment. I support her parent's request for an assessment of her special educational needs.", "Dr Tom Reed, GP."],
        ),
      },
    },
    // ── D: other evidence (counted) ──
    {
      key: "first_plan",
      title: "Hollins Park support plan (Year 7)",
      fileName: "hollins-park-support-plan-year-7.pdf",
      date: dates.firstSupportPlan,
      source: "school",
      author: "Mr Owen Clarke, SENCO",
      areas: ["communication_interaction", "semh"],
      tags: ["support plan", "school"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 3,
      content: {
        kind: "pdf",
        heading: "Hollins Park Academy: SEN support plan",
        paragraphs: paged(
          [`Pupil: ${child}. Year 7. Plan date: ${d(dates.firstSupportPlan)}.`, "Area of need: communication and interaction; social, emotional and mental health.", "What we know: Tess is quiet in lessons and can find it hard to follow instructions. She has said she feels worried at school."],
          ["Target 1: Tess will ask for help when she does not understand, in two lessons a week.", "Target 2: Tess will go to her tutor group every morning."],
          ["Support: a check-in with her tutor once a week.", "Support: access to the pastoral room when she needs it.", "Review: next term."],
        ),
      },
    },
    {
      key: "school_report",
      title: "End of Year 7 school report",
      fileName: "year-7-report.pdf",
      date: dates.schoolReport,
      source: "school",
      author: "Hollins Park Academy",
      areas: ["communication_interaction", "cognition_learning"],
      tags: ["school report"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 4,
      content: {
        kind: "pdf",
        heading: "Hollins Park Academy: end of year report",
        paragraphs: paged(
          [`Pupil: ${child}. Year 7.`, "Attendance this year: 86%.", "Tutor's comment: Tess is a polite member of the form. She needs to speak up more and to take part in form activities."],
          ["English: working below the expected level. Tess has good ideas but rarely finishes written work.", "Maths: working below the expected level. Tess must listen carefully to instructions."],
          ["Science: working below the expected level. Tess should ask when she is stuck.", "Art: working above the expected level. A real talent; her portfolio is a joy."],
          ["Drama: working at the expected level. Tess shines when she knows her lines.", "Head of Year's comment: we look forward to seeing Tess grow in confidence next year."],
        ),
      },
    },
    {
      key: "second_plan",
      title: "Hollins Park support plan (Year 8)",
      fileName: "hollins-park-support-plan-year-8.pdf",
      date: dates.secondSupportPlan,
      source: "school",
      author: "Mr Owen Clarke, SENCO",
      areas: ["communication_interaction", "semh"],
      tags: ["support plan", "school"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 3,
      content: {
        kind: "pdf",
        heading: "Hollins Park Academy: SEN support plan",
        paragraphs: paged(
          [`Pupil: ${child}. Year 8. Plan date: ${d(dates.secondSupportPlan)}.`, "Area of need: communication and interaction; social, emotional and mental health.", "What we know: Tess's attendance has fallen. She has left lessons without asking and has spent time in the pastoral room."],
          ["Target 1: Tess will ask for help when she does not understand, in two lessons a week.", "Target 2: Tess will attend all lessons on her timetable."],
          ["Support: a check-in with her tutor once a week.", "Support: access to the pastoral room when she needs it.", "Next step: the school will consider asking for advice from an outside service."],
        ),
      },
    },
    {
      key: "attendance",
      title: "Attendance record",
      fileName: "attendance-record.pdf",
      date: dates.attendance,
      source: "school",
      author: "Hollins Park Academy",
      areas: ["semh"],
      tags: ["attendance"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 2,
      content: {
        kind: "pdf",
        heading: "Hollins Park Academy: attendance summary",
        paragraphs: paged(
          [`Pupil: ${child}. Printed on ${d(dates.attendance)}.`, "Year 7, autumn term: 94%. Spring term: 88%. Summer term: 79%."],
          ["This school year so far: 74%.", "Most absences are recorded as illness. Late marks this year: 11, most of them on Mondays."],
        ),
      },
    },
    {
      key: "log",
      title: "Behaviour and pastoral log from school",
      fileName: "behaviour-and-pastoral-log.pdf",
      date: dates.logPrinted,
      source: "school",
      author: "Hollins Park Academy",
      areas: ["communication_interaction", "semh"],
      tags: ["behaviour log", "school"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 9,
      content: { kind: "pdf", heading: "Hollins Park Academy: behaviour and pastoral log", paragraphs: paged(...logPages) },
    },
    {
      key: "diary",
      title: "Our diary of Tess's school days",
      fileName: "our-diary.pdf",
      date: dates.diaryTo,
      source: "home",
      author: "Alex Morgan",
      areas: ["communication_interaction", "semh"],
      tags: ["diary", "home"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 12,
      content: { kind: "pdf", heading: "Our diary of Tess's school days", paragraphs: paged(...diaryPages) },
    },
    {
      key: "emails",
      title: "Emails with the Head of Year",
      fileName: "emails-with-head-of-year.pdf",
      date: dates.logPrinted,
      source: "home",
      author: "Alex Morgan",
      areas: ["communication_interaction", "semh"],
      tags: ["email", "school"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 4,
      content: {
        kind: "pdf",
        heading: "Emails between Alex Morgan and Ms Rachel Byrne, Head of Year 8",
        paragraphs: paged(
          [`From Alex Morgan, ${d(logDays[4]!)}.`, "Dear Ms Byrne, Tess is finding school very hard. She is not sleeping and does not want to come in. Could we meet to talk about what would help? Alex Morgan"],
          [`From Ms Byrne, ${d(logDays[6]!)}.`, "Dear Mr Morgan, thank you for getting in touch. Tess can use the pastoral room when she needs to, and her tutor will check in with her. We can meet after half-term. Best wishes, Rachel Byrne"],
          [`From Alex Morgan, ${d(logDays[22]!)}.`, "Dear Ms Byrne, thank you for meeting me. As I said, the council has refused to assess Tess's needs and I am going to mediation. Could you tell me what more the school can do for her now? Alex Morgan"],
          [`From Ms Byrne, ${d(logDays[24]!)}.`, "Dear Mr Morgan, Mr Clarke will look at Tess's support plan again and ask the council's advisory teacher for advice. We are sorry Tess has had a hard week. Best wishes, Rachel Byrne"],
        ),
      },
    },
    {
      key: "tess_views",
      title: "Tess's views, in her own words",
      fileName: "tess-views.pdf",
      date: dates.tessViews,
      source: "home",
      author: "Tess Morgan",
      areas: ["communication_interaction", "semh"],
      tags: ["child's views"],
      bundle: { section: "other_evidence", kind: "document" },
      pages: 3,
      content: {
        kind: "pdf",
        heading: "What I want the tribunal to know, by Tess",
        paragraphs: paged(
          ["School is loud and fast. Teachers say lots of things at once and I do not know which bit to do first.", "When I get lost I feel hot and sick and I want to hide. On Sunday nights I feel sick before school."],
          ["The best lesson is art. Mr Dale shows me the steps one at a time and lets me start on my own."],
          ["What would help me: someone to check I know what to do, a quiet place at lunch, and not being told off when I need to leave.", "Tess"],
        ),
      },
    },
    // ── E: witness statements (counted) ──
    {
      key: "grandmother",
      title: "Witness statement of Mrs Jean Morgan",
      fileName: "statement-jean-morgan.pdf",
      date: dates.grandmother,
      source: "home",
      author: "Mrs Jean Morgan",
      areas: ["semh"],
      tags: ["witness statement"],
      bundle: { section: "witness_statements", kind: "witness_statement" },
      pages: 3,
      content: {
        kind: "pdf",
        heading: "Witness statement of Mrs Jean Morgan",
        paragraphs: paged(
          ["1. I am Tess's grandmother. I take her to school two mornings a week and collect her on Fridays.", "2. Since Year 7, most mornings with Tess are a struggle. She goes pale and quiet in the car and often asks me to turn round."],
          ["3. On Fridays she is exhausted. She sleeps in the car on the way home.", "4. At my house she bakes with me and talks happily. She is a different child when there is no pressure to talk in a group."],
          ["5. I believe that the facts in this statement are true.", "Signed: Jean Morgan."],
        ),
      },
    },
    {
      key: "youth_worker",
      title: "Witness statement of Ms Joy Lambert",
      fileName: "statement-joy-lambert.pdf",
      date: dates.youthWorker,
      source: "other",
      author: "Ms Joy Lambert",
      areas: ["communication_interaction", "semh"],
      tags: ["witness statement"],
      bundle: { section: "witness_statements", kind: "witness_statement" },
      pages: 3,
      content: {
        kind: "pdf",
        heading: "Witness statement of Ms Joy Lambert",
        paragraphs: paged(
          ["1. I run the youth drama club Tess has come to every week for two years.", "2. At club Tess learns her lines from a written script and we rehearse in small steps. She does well this way and has had speaking parts."],
          ["3. When plans change at short notice, or several people talk at once, Tess goes quiet and sits at the side. Given a few minutes and a clear next step, she joins in again.", "4. I have not seen the behaviour the school describes. I think the difference is how instructions are given."],
          ["5. I believe that the facts in this statement are true.", "Signed: Joy Lambert."],
        ),
      },
    },
  ];
}
