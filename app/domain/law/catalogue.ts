// The law catalogue: every rule of law, statutory guidance or public fact that Clearpath relies
// on, each with a stable id (shared with the project's reference notes), a plain-English summary
// in our own words, its citation and the dates it is in force. When the law changes, add a new
// version beside the old one and give the old one an inForceTo date; never edit it in place.

import type { Citation, LawRule, Period, Verification } from "./law-rule";

const CFA = "Children and Families Act 2014";
const REGS = "Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)";
const COP = "SEND Code of Practice: 0 to 25 years (January 2015)";
const EQA = "Equality Act 2010";
const TRIBUNAL_RULES =
  "Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008 (SI 2008/2699)";
const UT_RULES = "Tribunal Procedure (Upper Tribunal) Rules 2008 (SI 2008/2698)";
const PD_2025 =
  "Senior President of Tribunals, Practice Direction (No. 1 of 2025): bundles in the SEND and disability discrimination jurisdictions (HESC Chamber)";
const PD_2025_URL = "https://www.judiciary.uk/";

const COP_URL = "https://www.gov.uk/government/publications/send-code-of-practice-0-to-25";

/** The day Part 3 of the Children and Families Act 2014 and the 2014 Regulations came into force. */
const SEND_REFORMS_START = "2014-09-01";

/**
 * The day the catalogue was last checked against the project's reference notes: pages that state
 * the law say "law as at" this date. Move it forward only after checking every rule again.
 */
export const LAW_AS_AT = "2026-12-05";

function cfa(section: string, number: number): Citation {
  return { instrument: CFA, provision: section, url: `https://www.legislation.gov.uk/ukpga/2014/6/section/${number}` };
}

function regs(provision: string, number: number): Citation {
  return { instrument: REGS, provision, url: `https://www.legislation.gov.uk/uksi/2014/1530/regulation/${number}` };
}

function cop(paragraphs: string): Citation {
  return { instrument: COP, provision: paragraphs, url: COP_URL };
}

function eqa(provision: string, path: string): Citation {
  return { instrument: EQA, provision, url: `https://www.legislation.gov.uk/ukpga/2010/15/${path}` };
}

function weeks(amount: number): Period {
  return { kind: "count", amount, unit: "weeks", counting: "after" };
}

/** Calendar days after the event (the event day is day 0), e.g. 15 days from receiving a request. */
function days(amount: number): Period {
  return { kind: "count", amount, unit: "days", counting: "after" };
}

function months(amount: number): Period {
  return { kind: "count", amount, unit: "months", counting: "after" };
}

type RuleInput = {
  id: string;
  title: string;
  summary: string;
  citations: Citation[];
  verification: Verification;
  kind?: LawRule["kind"];
  inForceFrom?: string;
  periods?: Record<string, Period>;
};

/** One entry; its id keeps its literal type, so `RuleId` lists every id in the catalogue. */
function rule<const Id extends string>(input: RuleInput & { id: Id }): LawRule & { id: Id } {
  return {
    id: input.id,
    version: 1,
    title: input.title,
    summary: input.summary,
    citations: input.citations,
    inForceFrom: input.inForceFrom ?? SEND_REFORMS_START,
    inForceTo: null,
    verification: input.verification,
    kind: input.kind ?? "law",
    ...(input.periods ? { periods: input.periods } : {}),
  };
}

const ENTRIES = [
  // 1. Definitions
  rule({
    id: "R-DEF-SEN",
    title: "What special educational needs are",
    summary:
      "A child or young person has special educational needs if a learning difficulty or disability means they need special educational provision. That means finding learning much harder than most others of the same age, or a disability that stops or hinders them using the facilities other children use.",
    citations: [cfa("section 20(1)–(2)", 20), cop("paragraphs 6.15 and xiii–xiv")],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-SEP",
    title: "What special educational provision is",
    summary:
      "Special educational provision is teaching or training that is extra to, or different from, what is normally given to others of the same age in mainstream schools and colleges.",
    citations: [cfa("section 21(1)–(2)", 21)],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-HEALTH-CARE-AS-SEP",
    title: "Therapy that educates counts as educational provision",
    summary:
      "Health or social care that educates or trains a child counts as special educational provision. So speech and language therapy usually belongs in Section F of an EHC plan.",
    citations: [cfa("section 21(5)", 21), cop("paragraphs 9.73–9.74")],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-CHILD-YP",
    title: "Child and young person",
    summary:
      "A child is someone not over compulsory school age. A young person is over that age but under 25. Compulsory school age ends on the last Friday in June of the school year in which they turn 16.",
    citations: [cfa("section 83(2)", 83)],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-YP-RIGHTS",
    title: "Young people make their own decisions",
    summary:
      "Once past compulsory school age, a young person can ask for an assessment, be consulted, ask for a school or college and appeal in their own name. Parents can still help them, and can act for them if they lack the mental capacity to decide.",
    citations: [cfa("sections 36(1), 51 and 80", 80), cop("paragraphs 8.13–8.20")],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-PARENT",
    title: "Who counts as a parent",
    summary:
      "A parent is anyone with parental responsibility for the child or who cares for them, so it can include a step-parent or another carer the child lives with.",
    citations: [
      {
        instrument: "Education Act 1996",
        provision: "section 576 (applied by Children and Families Act 2014 section 83)",
        url: "https://www.legislation.gov.uk/ukpga/1996/56/section/576",
      },
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-DEF-DISABILITY",
    title: "What disability means in the Equality Act",
    summary:
      "Someone is disabled if a physical or mental impairment has a big and long-lasting effect on everyday activities. Long-lasting usually means 12 months or more. Many children with SEN are also disabled, but not all.",
    citations: [eqa("section 6 and Schedule 1 paragraph 2", "section/6")],
    verification: "unverified",
    inForceFrom: "2010-10-01",
  }),
  rule({
    id: "R-DEF-AREAS",
    title: "The four broad areas of need",
    summary:
      "The Code of Practice groups needs into four broad areas: communication and interaction; cognition and learning; social, emotional and mental health; and sensory and/or physical needs. They help with planning. Many children have needs in more than one area.",
    citations: [cop("paragraphs 6.28–6.35")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-DEF-DAYS",
    title: "How days are counted",
    summary:
      "Most SEND time limits are in weeks, or in days that include weekends. Working days are used only for moving a plan to a new council and for mediation certificates; a working day is any day except a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday. Appeal time limits are in calendar months.",
    citations: [regs("regulations 2, 13(1), 15(2) and 22(2)", 2)],
    verification: "partly_verified",
  }),
  rule({
    id: "R-DEF-SCHOOL-HOLIDAYS",
    title: "School holidays do not stop the clock",
    summary:
      "Time limits keep running in the school holidays. Only a few listed exceptions let the council go past a limit, and even then it must act as soon as it can.",
    citations: [regs("regulations 5(4), 8(2), 10(4) and 13(3)", 5)],
    verification: "partly_verified",
  }),

  // 2. SEN support in school
  rule({
    id: "R-SCH-BEST-ENDEAVOURS",
    title: "Schools must do their best to meet SEN",
    summary:
      "Mainstream schools, academies, nurseries and pupil referral units must use their best endeavours to make sure a pupil gets the special educational provision their needs call for.",
    citations: [cfa("section 66", 66)],
    verification: "unverified",
  }),
  rule({
    id: "R-SCH-SENCO",
    title: "Every mainstream school has a SENCO",
    summary:
      "Mainstream schools must name a special educational needs co-ordinator (SENCO), who must be a qualified teacher. The SENCO runs SEN support day to day, advises staff and works with parents and outside services.",
    citations: [cfa("section 67", 67), regs("regulations 49–50", 49), cop("paragraphs 6.84–6.94")],
    verification: "unverified",
  }),
  rule({
    id: "R-SCH-INFORM-PARENTS",
    title: "Schools must tell parents about SEN provision",
    summary:
      "When a school makes special educational provision for a pupil without an EHC plan, it must tell the parent.",
    citations: [cfa("section 68", 68)],
    verification: "unverified",
  }),
  rule({
    id: "R-SCH-INFO-REPORT",
    title: "Schools publish an SEN information report",
    summary: "Schools must publish a report on their SEN policy and how it works in practice, and update it every year.",
    citations: [cfa("section 69(2)", 69), regs("regulation 51 and Schedule 1", 51), cop("paragraphs 6.79–6.83")],
    verification: "unverified",
  }),
  rule({
    id: "R-SCH-QFT",
    title: "Good teaching comes first",
    summary:
      "High-quality teaching, adapted for each pupil, is the first step for a child who has or may have SEN. Extra help cannot make up for weak teaching.",
    citations: [cop("paragraph 6.37")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-GRADUATED",
    title: "The graduated approach: assess, plan, do, review",
    summary:
      "When a pupil has SEN, the school should remove barriers and put effective support in place through a repeating cycle of assess, plan, do and review, changing the support as it learns more about what works.",
    citations: [cop("paragraph 6.44")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-APDR-ASSESS",
    title: "Assess",
    summary:
      "The teacher and SENCO should look at the pupil's needs using their own assessments, progress data, the views of the parent and pupil, and outside advice where it helps.",
    citations: [cop("paragraphs 6.45–6.47")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-APDR-PLAN",
    title: "Plan",
    summary:
      "Parents must be told when SEN support starts. The teacher and SENCO should agree with the parent and pupil what support will be given, what difference it should make, and a clear date to review it.",
    citations: [cop("paragraphs 6.48–6.51")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-APDR-DO",
    title: "Do",
    summary:
      "The class teacher stays responsible for the pupil every day, including when support staff or specialists run sessions outside the classroom.",
    citations: [cop("paragraphs 6.52–6.53")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-APDR-REVIEW",
    title: "Review",
    summary:
      "On the agreed date the school should check how well the support worked and what difference it made, and change it together with the parent and pupil.",
    citations: [cop("paragraphs 6.54–6.56")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-SPECIALISTS",
    title: "Bring in specialists when progress stays slow",
    summary:
      "If a pupil keeps making less progress than expected even with well-matched, evidence-based support, the school should think about involving specialists such as an educational psychologist, a therapist or a specialist teacher.",
    citations: [cop("paragraphs 6.58–6.62")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-MEET-3",
    title: "Meet parents at least three times a year",
    summary:
      "For pupils on SEN support, schools should meet parents at least three times each year to set clear outcomes and review progress.",
    citations: [cop("paragraph 6.65")],
    verification: "secondary",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-RECORDS",
    title: "Keep and share records",
    summary: "Schools should keep records of the support given and what it achieved, and share them with parents.",
    citations: [cop("paragraphs 6.72–6.73")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-SCH-NOTIONAL",
    title: "The notional SEN budget",
    summary:
      "Mainstream schools have money in their budget for SEN support and are expected to pay for extra support up to a set amount per pupil (widely reported as £6,000 a year) before the council adds top-up funding. This is a funding rule, not a condition for asking for an EHC needs assessment.",
    citations: [cop("paragraphs 6.95–6.99")],
    verification: "unverified",
    kind: "guidance",
  }),

  // 3. Reasonable adjustments
  rule({
    id: "R-EQ-ADJ",
    title: "The duty to make reasonable adjustments",
    summary:
      "Where a disabled person would be at a real disadvantage, the duty means changing a rule or way of doing things, dealing with a physical feature, and providing extra aids or services.",
    citations: [eqa("section 20(2)–(5)", "section/20")],
    verification: "unverified",
    inForceFrom: "2010-10-01",
  }),
  rule({
    id: "R-EQ-SCHOOL-DUTY",
    title: "Schools must make reasonable adjustments",
    summary: "A school's governing body, proprietor or academy trust has the duty to make reasonable adjustments for disabled pupils.",
    citations: [eqa("section 85(6)", "section/85")],
    verification: "unverified",
    inForceFrom: "2010-10-01",
  }),
  rule({
    id: "R-EQ-SCH13",
    title: "What the duty covers in schools",
    summary:
      "For schools the duty covers rules and practices and extra aids and services, but not physical features (those are handled by accessibility plans). It is owed to disabled pupils in general, so schools should plan ahead.",
    citations: [eqa("Schedule 13 paragraph 2; Schedule 10", "schedule/13")],
    verification: "unverified",
    inForceFrom: "2010-10-01",
  }),
  rule({
    id: "R-EQ-AUX-AIDS",
    title: "Extra aids and services in schools",
    summary:
      "Since 1 September 2012 schools must provide reasonable aids and services for disabled pupils. A school cannot refuse a reasonable aid just because the child has no EHC plan.",
    citations: [eqa("Schedule 13", "schedule/13")],
    verification: "unverified",
    inForceFrom: "2012-09-01",
  }),
  rule({
    id: "R-EQ-NO-DISCRIM",
    title: "No discrimination against disabled pupils",
    summary:
      "Schools must not treat a disabled pupil unfavourably because of their disability or something linked to it (unless it can be justified), and must not harass or victimise them.",
    citations: [eqa("sections 15 and 85", "section/85")],
    verification: "unverified",
    inForceFrom: "2010-10-01",
  }),
  rule({
    id: "R-EQ-CLAIM",
    title: "Disability discrimination claims against a school",
    summary:
      "A parent can bring a disability discrimination claim against a school to the SEND Tribunal within 6 months starting with the date of what happened (or the end of a run of events). The tribunal can allow a late claim. School holidays are not taken off.",
    citations: [
      eqa("section 116 and Schedule 17 paragraphs 3–4", "schedule/17"),
    ],
    verification: "partly_verified",
    inForceFrom: "2010-10-01",
    periods: { claim: { kind: "count", amount: 6, unit: "months", counting: "beginning_with" } },
  }),

  // 4. EHC needs assessment
  rule({
    id: "R-EHCNA-WHO",
    title: "Who can ask for an EHC needs assessment",
    summary:
      "A parent, a young person, or a school or college (normally with the parent's agreement) can ask the council for an EHC needs assessment. Anyone else can tell the council about a child who may need one.",
    citations: [cfa("section 36(1)", 36), regs("regulation 3", 3), cop("paragraphs 9.8–9.9")],
    verification: "partly_verified",
  }),
  rule({
    id: "R-EHCNA-TEST",
    title: "The test for an EHC needs assessment",
    summary:
      "The council must assess if the child has or may have special educational needs and it may be necessary for provision to be made through an EHC plan. It is a low bar.",
    citations: [cfa("section 36(8)", 36)],
    verification: "partly_verified",
  }),
  rule({
    id: "R-EHCNA-NOT-NEEDED",
    title: "What is not needed before asking",
    summary:
      "No diagnosis is needed, the school does not have to agree or make the request, and there is no minimum number of support cycles or waiting time. The council should look at the child's progress and what the school has done.",
    citations: [cfa("section 36(8)", 36), cop("paragraph 9.14")],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCNA-CONSULT",
    title: "The council must consult on a request",
    summary:
      "When it gets a request, the council must tell the parent or young person it is considering an assessment, listen to their views, and tell health services, social care and the head teacher.",
    citations: [cfa("section 36(4) and (7)", 36), regs("regulation 4", 4)],
    verification: "partly_verified",
  }),
  rule({
    id: "R-EHCNA-DECIDE",
    title: "Decision on assessment within 6 weeks",
    summary:
      "The council must tell the parent or young person whether it will carry out an EHC needs assessment as soon as it can, and within 6 weeks of receiving the request at the latest.",
    citations: [regs("regulation 5(1)", 5)],
    verification: "verified",
    periods: { main: weeks(6) },
  }),
  rule({
    id: "R-EHCNA-RECEIPT",
    title: "When a request counts as received",
    summary:
      "The council's time limits run from the day it received the request. The Regulations say only \"receiving\"; IPSEA's practice is: by hand, that day; by email, the day it is sent; either of them after 5 pm or on a day that is not a working day, the next working day; signed-for post, the day it is signed for; first-class post, the next working day after posting. Keep proof of sending and receipt.",
    citations: [
      regs("regulation 5(1)", 5),
      {
        instrument: "IPSEA, model letter 9: when a council does not respond to a request for assessment in time",
        provision: "practice guidance on receipt",
        url: "https://www.ipsea.org.uk/complaining-if-the-la-does-not-respond",
      },
    ],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-EHCNA-REFUSAL-NOTICE",
    title: "What a refusal letter must say",
    summary:
      "If the council refuses to assess, it must give its reasons, explain the right to appeal and the time limit, and give information about mediation and disagreement resolution.",
    citations: [cfa("section 36(5)", 36), regs("regulations 5(3) and 32", 5)],
    verification: "verified",
  }),
  rule({
    id: "R-EHCNA-ADVICE",
    title: "Advice the council must gather",
    summary:
      "During an assessment the council must get advice from the parent or young person, the school, a health professional, an educational psychologist and social care, plus others where relevant (for example preparing for adulthood from Year 9). Old advice can only be reused if everyone agrees it is enough.",
    citations: [regs("regulation 6(1) and (4)", 6)],
    verification: "partly_verified",
  }),
  rule({
    id: "R-EHCNA-ADVICE-6W",
    title: "Advisers reply within 6 weeks",
    summary:
      "Health, social care, schools and educational psychologists asked for advice must reply within 6 weeks of being asked. Only a few listed exceptions allow longer.",
    citations: [regs("regulation 8(1)–(2)", 8)],
    verification: "unverified",
    periods: { main: weeks(6) },
  }),
  rule({
    id: "R-EHCNA-NO-PLAN",
    title: "Decision not to issue a plan within 16 weeks",
    summary:
      "If, after assessing, the council decides a plan is not needed, it must say so with reasons as soon as it can and within 16 weeks of receiving the request, with information about appeals and mediation.",
    citations: [cfa("section 36(9)", 36), regs("regulation 10(1)–(3)", 10)],
    verification: "verified",
    periods: { main: weeks(16) },
  }),
  rule({
    id: "R-EHCNA-DRAFT",
    title: "The draft plan",
    summary: "If the council decides to make a plan, it sends a draft first. The draft must not name a school.",
    citations: [cfa("section 38", 38), cop("paragraph 9.77")],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCNA-EXCEPTIONS",
    title: "When the 6, 16 and 20 week limits may be missed",
    summary:
      "The council may go past these limits only in listed cases: it asked a school or nursery for advice around a closure of 4 weeks or more, there were exceptional personal circumstances, or the family was away from the area for 4 weeks or more. It must still act as soon as it can and should tell the family.",
    citations: [regs("regulations 5(4), 10(4) and 13(3)", 10), cop("paragraphs 9.42–9.43")],
    verification: "verified",
  }),
  rule({
    id: "R-EHCNA-TIMELINE",
    title: "The whole process takes 20 weeks at most",
    summary: "From request to final plan should take no more than 20 weeks, apart from the listed exceptions.",
    citations: [regs("regulation 13(2)", 13), cop("paragraph 9.40")],
    verification: "verified",
  }),

  // 5. EHC plans
  rule({
    id: "R-EHCP-SECTIONS",
    title: "The sections of an EHC plan",
    summary:
      "A plan has labelled sections: A views and aspirations, B special educational needs, C health needs, D social care needs, E outcomes, F special educational provision, G health provision, H1 and H2 social care provision, I the school or college, J any personal budget, and K the advice gathered.",
    citations: [regs("regulation 12(1)", 12)],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-F-SPECIFIC",
    title: "Section F must be specific",
    summary:
      "Section F must set out provision for every need in Section B. It must be detailed and specific and should normally say how much, how often, for how long and by whom. Words like \"access to\", \"regular\" or \"would benefit from\" are not enough.",
    citations: [cop("paragraph 9.69")],
    verification: "secondary",
    kind: "guidance",
  }),
  rule({
    id: "R-EHCP-OUTCOMES",
    title: "Outcomes should be SMART",
    summary:
      "Outcomes in Section E describe the difference the support should make. They should be specific, measurable, achievable, realistic and time-bound, and different from the provision itself.",
    citations: [cop("paragraphs 9.64–9.66")],
    verification: "unverified",
    kind: "guidance",
  }),
  rule({
    id: "R-EHCP-DUTY",
    title: "The council must deliver Section F",
    summary:
      "Once a plan is in place, the council must make sure the provision in Section F is delivered, and the health service must arrange the health provision in Section G. It is a firm duty: lack of money is no excuse.",
    citations: [cfa("section 42(2)–(5)", 42)],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-SOCIAL-CARE",
    title: "Social care in a plan",
    summary:
      "Section H1 is social care provided under the Chronically Sick and Disabled Persons Act 1970; H2 is any other social care the child reasonably needs.",
    citations: [regs("regulation 12(1)(h)–(i)", 12), cop("paragraphs 9.71–9.73")],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-DRAFT-15",
    title: "15 days to comment on a draft plan",
    summary:
      "With the draft plan the council must give at least 15 days, counting the day it was served as day 1, to comment, ask for a particular school and ask for a meeting.",
    citations: [regs("regulation 13(1)", 13)],
    verification: "verified",
    periods: { main: { kind: "count", amount: 15, unit: "days", counting: "beginning_with" } },
  }),
  rule({
    id: "R-EHCP-SCHOOL-REQUEST",
    title: "Asking for a particular school",
    summary:
      "The parent or young person can ask for a particular school or college of a listed kind. The council must consult it and name it unless it is unsuitable or would not fit with the efficient education of others or efficient use of resources.",
    citations: [cfa("sections 38(2)(b) and 39(3)–(4)", 39), cop("paragraphs 9.78–9.80")],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-CONSULT-SCHOOL",
    title: "Consulting the school",
    summary:
      "The council must send the draft plan to a school it is thinking of naming, which should reply within 15 days. A maintained school or academy named in a plan must admit the child.",
    citations: [cfa("sections 39(2) and 43", 43), cop("paragraphs 9.79–9.84")],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-FINAL-20W",
    title: "Final plan within 20 weeks",
    summary:
      "The final plan must be sent as soon as possible and within 20 weeks of the council receiving the request for assessment.",
    citations: [regs("regulation 13(2)", 13)],
    verification: "verified",
    periods: { main: weeks(20) },
  }),
  rule({
    id: "R-EHCP-FINAL-NOTICE",
    title: "What comes with the final plan",
    summary: "With the final plan the council must explain the right to appeal, the time limit, mediation and disagreement resolution.",
    citations: [regs("regulation 14", 14)],
    verification: "secondary",
  }),
  rule({
    id: "R-EHCP-PERSONAL-BUDGET",
    title: "Personal budgets",
    summary:
      "Once the council decides to make a plan, or at a review, the parent or young person can ask for a personal budget. The council must prepare one if asked and may make direct payments by agreement.",
    citations: [
      cfa("section 49", 49),
      {
        instrument: "Special Educational Needs (Personal Budgets) Regulations 2014 (SI 2014/1652)",
        provision: "whole instrument",
        url: "https://www.legislation.gov.uk/uksi/2014/1652/contents",
      },
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-EHCP-TRANSFER",
    title: "Moving to a new council area",
    summary:
      "When a family moves, the old council must pass the plan to the new one on the day of the move, or within 15 working days (counting the day it found out) if it heard less than 15 working days before. The new council must write within 6 weeks to say the plan has moved and when it will review it.",
    citations: [regs("regulation 15(1)–(5)", 15)],
    verification: "partly_verified",
    periods: {
      transfer: { kind: "count", amount: 15, unit: "working_days", counting: "beginning_with" },
      notice: weeks(6),
    },
  }),
  rule({
    id: "R-EHCP-REASSESS-14W",
    title: "Plan after a reassessment within 14 weeks",
    summary: "After a reassessment, the amended or new plan must be issued within 14 weeks of the decision to reassess.",
    citations: [regs("regulation 27(2)–(3)", 27)],
    verification: "verified",
    periods: { main: weeks(14) },
  }),
  rule({
    id: "R-EHCP-CEASE",
    title: "Ending a plan",
    summary:
      "A council can end a plan only if it is no longer responsible or the plan is no longer needed. It must consult first, give the decision with appeal rights, and keep the plan in place while an appeal goes on.",
    citations: [cfa("section 45", 45), regs("regulations 29–31", 29), cop("paragraphs 9.199–9.210")],
    verification: "unverified",
  }),

  // 6. Reviews and amendments
  rule({
    id: "R-AR-12M",
    title: "Annual review within 12 months",
    summary:
      "The council must review an EHC plan within 12 months starting with the day it was first made, and then within 12 months of each review. A review ends when the council tells the family its decision after the meeting.",
    citations: [cfa("section 44(1)", 44)],
    verification: "secondary",
    periods: { main: { kind: "count", amount: 12, unit: "months", counting: "beginning_with" } },
  }),
  rule({
    id: "R-AR-INFANT",
    title: "Reviews for under-fives",
    summary: "For children under five, the Code says councils should consider reviewing the plan every 3 to 6 months.",
    citations: [cop("paragraph 9.178")],
    verification: "unverified",
    kind: "guidance",
    periods: { shortest: months(3), longest: months(6) },
  }),
  rule({
    id: "R-AR-MEETING",
    title: "Who is invited to a review meeting",
    summary:
      "A review meeting must be held. The parent or young person, the school, a council SEN officer, a health professional and social care must be invited.",
    citations: [regs("regulation 20(1)–(2)", 20)],
    verification: "verified",
  }),
  rule({
    id: "R-AR-NOTICE",
    title: "Two weeks' notice and papers",
    summary:
      "Everyone invited must get at least 2 weeks' notice of the meeting, and the advice collected must be sent out at least 2 weeks before it.",
    citations: [regs("regulation 20(3)–(4)", 20), regs("regulation 21(3)–(4)", 21)],
    verification: "verified",
    periods: { notice: { kind: "weeks_before", amount: 2 }, papers: { kind: "weeks_before", amount: 2 } },
  }),
  rule({
    id: "R-AR-REPORT",
    title: "Review report within 2 weeks",
    summary:
      "Within 2 weeks of the review meeting, a report with any recommended changes and disagreements must be sent to the council and everyone invited.",
    citations: [regs("regulation 20(7)–(8)", 20)],
    verification: "secondary",
    periods: { main: weeks(2) },
  }),
  rule({
    id: "R-AR-Y9",
    title: "Preparing for adulthood from Year 9",
    summary: "From Year 9, reviews must consider what help the young person needs to prepare for adult life.",
    citations: [regs("regulations 20(6) and 21(6)", 20), cop("paragraphs 8.9–8.12")],
    verification: "partly_verified",
  }),
  rule({
    id: "R-AR-DECISION",
    title: "Council decision within 4 weeks of the review",
    summary:
      "Within 4 weeks of the review meeting the council must decide whether to keep, change or end the plan and tell the family. If it will change it, the letter must set out the proposed changes.",
    citations: [
      regs("regulation 20(10)", 20),
      {
        instrument: "L, M and P v Devon County Council [2022] EWHC 493 (Admin)",
        provision: "judgment",
        url: "https://www.bailii.org/ew/cases/EWHC/Admin/2022/493.html",
      },
    ],
    verification: "secondary",
    periods: { main: weeks(4) },
  }),
  rule({
    id: "R-AR-AMEND-15",
    title: "15 days to comment on proposed changes",
    summary:
      "When the council proposes changes to a plan, it must give at least 15 days, counting the day the notice was served as day 1, to comment, ask for a school and ask for a meeting.",
    citations: [regs("regulation 22(2)", 22)],
    verification: "verified",
    periods: { main: { kind: "count", amount: 15, unit: "days", counting: "beginning_with" } },
  }),
  rule({
    id: "R-AR-AMEND-8W",
    title: "Final amended plan within 8 weeks",
    summary:
      "The final amended plan, or a letter saying the council will not amend after all, must be sent within 8 weeks of the council sending the proposed changes.",
    citations: [regs("regulation 22(3)–(4)", 22)],
    verification: "verified",
    periods: { main: weeks(8) },
  }),
  rule({
    id: "R-AR-PHASE",
    title: "Plans before a change of school phase",
    summary:
      "When a child is moving to a new phase of education, the plan must be reviewed and, if needed, amended to name the new school before 15 February of the year of the move. For a move from secondary school to a post-16 place the date is 31 March. For a move between post-16 places at another time, it is at least 5 months before.",
    citations: [regs("regulation 18(1)–(2)", 18)],
    verification: "verified",
    periods: {
      school: { kind: "before_fixed_date", month: 2, day: 15 },
      post16: { kind: "before_fixed_date", month: 3, day: 31 },
      post16_move: { kind: "months_before", amount: 5 },
    },
  }),
  rule({
    id: "R-AR-REASSESS",
    title: "Asking for a reassessment",
    summary:
      "A parent, young person or school can ask for a reassessment. The council must tell the parent or young person whether it will reassess within 15 days of receiving the request. It need not reassess within 6 months of the last assessment unless it thinks it necessary. A refusal to reassess can be appealed.",
    citations: [cfa("section 44(2)", 44), regs("regulation 25(1)", 25), regs("regulation 24", 24)],
    verification: "unverified",
    periods: { main: days(15) },
  }),

  // 7. Disagreements
  rule({
    id: "R-APP-WHAT",
    title: "What can be appealed",
    summary:
      "A parent or young person can appeal to the SEND Tribunal against: a refusal to assess; a decision not to make a plan; the needs, provision or school in a plan (Sections B, F and I); a refusal to reassess or to amend after a review; and a decision to end a plan.",
    citations: [cfa("section 51(1)–(3)", 51)],
    verification: "verified",
  }),
  rule({
    id: "R-APP-DEADLINE",
    title: "The appeal deadline",
    summary:
      "The appeal must reach the tribunal within 2 months of the date the decision letter was sent, or within 1 month of the date the mediation certificate was issued, whichever is later. Weekends and holidays count. The tribunal can allow a late appeal.",
    citations: [
      {
        instrument: TRIBUNAL_RULES,
        provision: "rule 20(1)(c)",
        url: "https://www.legislation.gov.uk/uksi/2008/2699/article/20",
      },
    ],
    verification: "verified",
    periods: { decision: months(2), certificate: months(1) },
  }),
  rule({
    id: "R-APP-MEDIATION",
    title: "Mediation advice before appealing",
    summary:
      "Before most appeals, the parent or young person must contact a mediation adviser within 2 months of the decision letter. They do not have to take part in mediation, but they need the certificate. Appeals only about the school named do not need one.",
    citations: [cfa("section 55", 55), regs("regulation 33", 33), cop("paragraphs 11.13–11.23")],
    verification: "partly_verified",
    periods: { main: months(2) },
  }),
  rule({
    id: "R-APP-MEDIATION-TIMES",
    title: "Mediation time limits",
    summary:
      "If the family does not want mediation, the certificate must be issued within 3 working days. If they do, the council must arrange mediation within 30 days, and the certificate follows within 3 working days of it ending.",
    citations: [regs("regulations 34–39", 34)],
    verification: "secondary",
    periods: {
      certificate: { kind: "count", amount: 3, unit: "working_days", counting: "after" },
      mediation: { kind: "count", amount: 30, unit: "days", counting: "after" },
    },
  }),
  rule({
    id: "R-APP-NO-CERT",
    title: "Appealing without a certificate",
    summary: "Without a mediation certificate, the tribunal can still give permission to appeal.",
    citations: [
      {
        instrument: TRIBUNAL_RULES,
        provision: "rule 19",
        url: "https://www.legislation.gov.uk/uksi/2008/2699/article/19",
      },
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-APP-NATIONAL-TRIAL",
    title: "Recommendations on health and social care",
    summary:
      "In an appeal that includes education, the family can also ask the tribunal for recommendations about health and social care in the plan. These are not binding, but the health or social care body must reply within 5 weeks with reasons if it will not follow them.",
    citations: [
      {
        instrument: "SEND (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306)",
        provision: "whole instrument",
        url: "https://www.legislation.gov.uk/uksi/2017/1306",
      },
    ],
    verification: "secondary",
    inForceFrom: "2018-04-03",
  }),
  rule({
    id: "R-APP-COMPLY",
    title: "What the council must do after conceding an appeal",
    summary:
      "If the council decides not to oppose an appeal, it must act within set times from telling the tribunal: 2 weeks to say it will assess, 14 weeks to issue a plan, and 5 weeks to issue an amended plan.",
    citations: [regs("regulation 45 (as substituted by SI 2015/359)", 45)],
    verification: "verified",
    inForceFrom: "2015-04-01",
  }),
  rule({
    id: "R-CMP-SCHOOL",
    title: "Complaining about a school",
    summary:
      "Concerns about SEN support go first to the teacher and SENCO, then the head teacher, then the school's complaints procedure, and after that to the Department for Education.",
    citations: [
      {
        instrument: "Education Act 2002",
        provision: "section 29",
        url: "https://www.legislation.gov.uk/ukpga/2002/32/section/29",
      },
      cop("paragraphs 11.6–11.8"),
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-CMP-LGSCO",
    title: "Complaining about the council",
    summary:
      "Complaints about how a council handled SEN duties, such as delays or provision not delivered, go to the council's complaints procedure and then the Local Government and Social Care Ombudsman, normally within 12 months.",
    citations: [
      {
        instrument: "Local Government Act 1974",
        provision: "sections 26 and 26B",
        url: "https://www.legislation.gov.uk/ukpga/1974/7/section/26B",
      },
      cop("paragraphs 11.98–11.102"),
    ],
    verification: "unverified",
    periods: { main: months(12) },
  }),
  rule({
    id: "R-CMP-JR",
    title: "Judicial review",
    summary:
      "Unlawful council decisions or failures can be challenged in the High Court by judicial review, promptly and within 3 months at most. A letter before claim comes first. Legal advice is needed.",
    citations: [
      {
        instrument: "Civil Procedure Rules",
        provision: "rule 54.5(1)",
        url: "https://www.justice.gov.uk/courts/procedure-rules/civil/rules/part54",
      },
    ],
    verification: "unverified",
    periods: { main: months(3) },
  }),

  // 8. Other duties
  rule({
    id: "R-LA-LOCAL-OFFER",
    title: "The Local Offer",
    summary: "Every council must publish a Local Offer describing the support it expects to be available for children and young people with SEN or disabilities.",
    citations: [cfa("section 30", 30), regs("regulations 53–57", 53)],
    verification: "unverified",
  }),
  rule({
    id: "R-LA-IAS",
    title: "Information, advice and support",
    summary: "Councils must provide free information, advice and support (SENDIASS) to parents and young people.",
    citations: [cfa("section 32", 32)],
    verification: "unverified",
  }),
  rule({
    id: "R-LA-IDENTIFY",
    title: "Councils must find children with SEN",
    summary: "Councils must try to identify every child and young person in their area who has or may have SEN.",
    citations: [cfa("section 22", 22)],
    verification: "unverified",
  }),
  rule({
    id: "R-COP-PRINCIPLES",
    title: "Listening to children and families",
    summary:
      "Councils must take into account the views, wishes and feelings of the child and parents, help them take part in decisions, and support the child to achieve the best outcomes.",
    citations: [cfa("section 19", 19), cop("paragraphs 1.1–1.2")],
    verification: "unverified",
  }),

  // Records held about the child (not in the SEND statutes; used by the letters in later features)
  rule({
    id: "R-DP-SAR",
    title: "Asking for the personal data a school holds",
    summary:
      "Anyone can ask an organisation, including a school, for a copy of the personal data it holds about them; a parent can usually ask on behalf of a young child. The organisation must normally reply within one month, which it can extend by two more months for complex requests.",
    citations: [
      {
        instrument: "UK General Data Protection Regulation",
        provision: "Articles 12(3) and 15",
        url: "https://www.legislation.gov.uk/eur/2016/679/article/15",
      },
    ],
    verification: "unverified",
    inForceFrom: "2018-05-25",
    periods: { main: months(1) },
  }),
  rule({
    id: "R-DP-EDUCATIONAL-RECORD",
    title: "Seeing a child's educational record",
    summary:
      "Parents of a pupil at a maintained school can ask to see the pupil's educational record, and the school must let them within 15 school days. This right does not cover academies and free schools.",
    citations: [
      {
        instrument: "Education (Pupil Information) (England) Regulations 2005 (SI 2005/1437)",
        provision: "regulation 5",
        url: "https://www.legislation.gov.uk/uksi/2005/1437/regulation/5",
      },
    ],
    verification: "unverified",
    inForceFrom: "2005-09-01",
  }),

  // 9. Public statistics
  rule({
    id: "S-TRIB-WIN",
    title: "Most decided SEND appeals go at least partly the family's way",
    summary:
      "In 2022/23, 98.3% of SEND Tribunal appeals decided at a hearing went at least partly in favour of the family. The rate has been above 95% for several years.",
    citations: [
      {
        instrument: "Ministry of Justice, Tribunal Statistics Quarterly: July to September 2023",
        provision: "SEND annual tables",
        url: "https://www.gov.uk/government/statistics/tribunals-statistics-quarterly-july-to-september-2023",
      },
    ],
    verification: "secondary",
    kind: "fact",
    inForceFrom: "2023-12-14",
  }),
  rule({
    id: "S-TRIB-VOLUME",
    title: "SEND appeals are rising",
    summary:
      "About 21,000 SEND appeals were registered in 2023/24 and about 25,000 in 2024/25. Most are about what a plan contains; about a quarter are about refusals to assess.",
    citations: [
      {
        instrument: "Ministry of Justice, Tribunal Statistics Quarterly: July to September 2024",
        provision: "SEND tables",
        url: "https://www.gov.uk/government/statistics/tribunals-statistics-quarterly-july-to-september-2024",
      },
    ],
    verification: "secondary",
    kind: "fact",
    inForceFrom: "2024-12-12",
  }),
  rule({
    id: "S-EHCP-20W",
    title: "Fewer than half of new plans arrive within 20 weeks",
    summary: "In 2024, 46.4% of new EHC plans were issued within the 20-week limit (leaving out exception cases).",
    citations: [
      {
        instrument: "Department for Education, Education, health and care plans",
        provision: "timeliness tables",
        url: "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans",
      },
    ],
    verification: "secondary",
    kind: "fact",
    inForceFrom: "2025-06-26",
  }),
  rule({
    id: "S-EHCP-VOLUME",
    title: "How many children have an EHC plan",
    summary: "About 638,700 children and young people had an EHC plan in January 2025, 11% more than a year before.",
    citations: [
      {
        instrument: "Department for Education, Education, health and care plans",
        provision: "reporting year 2025",
        url: "https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans",
      },
    ],
    verification: "secondary",
    kind: "fact",
    inForceFrom: "2025-06-26",
  }),

  // 12. Proposed reforms: proposals, NOT law. Nothing here changes a deadline or a right; the
  // guide states them only beside what the law is today (the reference's section 3, P-REFORM).
  // School-day rules: suspensions and permanent exclusions (reference england-school-day-and-tribunal-rules.md, section 1.1).
  rule({
    id: "R-DAY-EXCL-NOTICE",
    title: "Written notice of a suspension or exclusion",
    summary:
      "When a head teacher suspends or permanently excludes a pupil, the parent must be told straight away how long it is for and why. The written notice about the first five days, and any education arranged, must reach the parent by the end of the afternoon session on the first day. Details of education from the sixth day that are not known then must follow at least 48 hours before it starts.",
    citations: [
      {
        instrument: "Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007",
        provision: "regulation 6, as substituted by the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012, Schedule 2 paragraph 8",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/schedule/2/paragraph/8",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2012-09-01",
  }),
  rule({
    id: "R-DAY-EXCL-6TH-DAY",
    title: "Full-time education from the sixth day",
    summary:
      "From the sixth school day in a row that a pupil is excluded, suitable full-time education must be arranged: by the school's governors or academy trust for a suspension, and by the council for a permanent exclusion. Suspensions that follow one another count as one period.",
    citations: [
      {
        instrument: "SI 2014/3216, amending the Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007",
        provision: "regulation 2",
        url: "https://www.legislation.gov.uk/uksi/2014/3216/made",
      },
    ],
    verification: "verified",
    inForceFrom: "2012-09-01",
    periods: { fullTimeFrom: { kind: "school_days", amount: 6, counting: "beginning_with" } },
  }),
  rule({
    id: "R-DAY-EXCL-GOV-DUTY",
    title: "When the governors must consider taking the pupil back",
    summary:
      "The governors must meet to consider reinstatement for a permanent exclusion, for suspensions of more than 15 school days in a term, or when the pupil would miss a public exam. For more than 5 and up to 15 school days in a term, they must consider it only if the parent asks. At 5 days or fewer they must consider what the parent says but cannot reinstate.",
    citations: [
      {
        instrument: "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
        provision: "regulation 24(1)–(2) (academies); regulations 6 and 15 for maintained schools and PRUs",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/regulation/24",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2012-09-01",
    periods: { onRepresentations: { kind: "school_days_total", amount: 5, per: "term" }, mandatory: { kind: "school_days_total", amount: 15, per: "term" } },
  }),
  rule({
    id: "R-DAY-EXCL-GOV-TIME",
    title: "How long the governors have to decide",
    summary:
      "When a meeting is required, the governors should decide within 15 school days of being told of the exclusion. When it is held only because the parent asked (more than 5 and up to 15 days in a term), within 50 school days. The parent can ask for the meeting to be held online.",
    citations: [
      {
        instrument: "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
        provision: "regulations 6(3), 15(3) and 24(3)",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/contents/made",
      },
    ],
    verification: "unverified",
    inForceFrom: "2012-09-01",
    periods: { mandatory: { kind: "school_days", amount: 15, counting: "after" }, onRepresentations: { kind: "school_days", amount: 50, counting: "after" } },
  }),
  rule({
    id: "R-DAY-EXCL-IRP",
    title: "Asking for an independent review panel",
    summary:
      "If the governors do not take back a permanently excluded pupil, the parent can ask for an independent review panel within 15 school days of being told. Late requests need not be accepted. The panel cannot order the pupil back, but it can ask the governors to think again, and they then have 10 school days to do so. The 15 school days have not yet been checked against the regulations, so act as early as you can.",
    citations: [
      {
        instrument: "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
        provision: "Schedule 1; regulation 17(1) (PRUs), regulations 8 and 26",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/regulation/17",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2012-09-01",
    periods: { main: { kind: "school_days", amount: 15, counting: "after" }, reconsider: { kind: "school_days", amount: 10, counting: "after" } },
  }),
  rule({
    id: "R-DAY-EXCL-45",
    title: "No more than 45 days of suspension in a school year",
    summary:
      "A pupil may be suspended for at most 45 school days in total in one school year. Reaching 45 does not mean the pupil is permanently excluded.",
    citations: [
      {
        instrument: "SI 2023/571, amending the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 (SI 2012/1033)",
        provision: "regulation 10, inserting regulation 17A(2)",
        url: "https://www.legislation.gov.uk/uksi/2023/571/part/3/chapter/2",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2012-09-01",
    periods: { main: { kind: "school_days_total", amount: 45, per: "school_year" } },
  }),
  rule({
    id: "R-DAY-EXCL-TYPES",
    title: "Suspensions and permanent exclusions",
    summary:
      "There are two kinds of exclusion: a suspension, for a fixed time, and a permanent exclusion. A suspension can be for part of a day: a lunchtime suspension counts as half a school day. A suspension cannot be made longer or turned into a permanent exclusion; that needs a new decision.",
    citations: [
      {
        instrument: "Department for Education, Suspension and permanent exclusion guidance",
        provision: "Part 3",
        url: "https://www.gov.uk/government/publications/school-exclusion",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2012-09-01",
  }),
  rule({
    id: "R-DAY-EXCL-INFORMAL",
    title: "Sending a child home without a formal exclusion is unlawful",
    summary:
      "A school must not send a child home to calm down, ask a parent to collect them early, or ask that they stay at home, unless it is a formal exclusion. This is so even if the parent agrees. Every exclusion, however short, must be formally recorded and the parent told. A parent should not be asked to keep a child at home because the school cannot meet their needs.",
    citations: [
      {
        instrument: "Department for Education, Suspension and permanent exclusion guidance",
        provision: "paragraph 19",
        url: "https://www.gov.uk/government/publications/school-exclusion",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2012-09-01",
  }),
  rule({
    id: "R-DAY-EXCL-TELL-GOV",
    title: "Who else the head must tell",
    summary:
      "The head must also tell the governors (in an academy, the trust) and the council when an exclusion is permanent, when it takes the pupil past 5 school days of exclusion in a term, or when the pupil would miss a public exam or national test.",
    citations: [
      {
        instrument: "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
        provision: "regulations 5, 14 and 23",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/note/2012-09-01",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2012-09-01",
    periods: { main: { kind: "school_days_total", amount: 5, per: "term" } },
  }),
  rule({
    id: "R-DAY-EXCL-FIRST5",
    title: "The first five days of an exclusion",
    summary:
      "For the first 5 school days of an exclusion, the parent must make sure the child is not in a public place during school hours without a good reason. The school should set work and mark it.",
    citations: [
      {
        instrument: "Education and Inspections Act 2006",
        provision: "section 103",
        url: "https://www.legislation.gov.uk/ukpga/2006/40/section/103",
      },
    ],
    verification: "unverified",
    inForceFrom: "2012-09-01",
    periods: { main: { kind: "school_days", amount: 5, counting: "beginning_with" } },
  }),
  rule({
    id: "R-DAY-EXCL-GROUNDS",
    title: "When a permanent exclusion can be used",
    summary:
      "A permanent exclusion should only follow a serious breach, or repeated breaches, of the behaviour policy, where keeping the pupil in school would seriously harm their education or welfare or that of others. The decision must be lawful, fair and in proportion, and must take account of SEN, disability and any EHC plan. It is unlawful to exclude a pupil just because the school feels it cannot meet their SEN or disability.",
    citations: [
      {
        instrument: "Department for Education, Suspension and permanent exclusion guidance",
        provision: "Parts 3 and 4, paragraph 19",
        url: "https://www.gov.uk/government/publications/school-exclusion",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2012-09-01",
  }),
  rule({
    id: "R-DAY-EXCL-SEN-EXPERT",
    title: "An SEN expert at the review panel",
    summary:
      "When asking for an independent review panel, the parent can ask for an SEN expert to attend, whether or not the school accepts that the child has SEN. The council or academy trust must appoint and pay for the expert, who tells the panel whether the school's handling of SEN was lawful, reasonable and fair.",
    citations: [
      {
        instrument: "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012",
        provision: "Schedule 1",
        url: "https://www.legislation.gov.uk/uksi/2012/1033/schedule/1",
      },
    ],
    verification: "unverified",
    inForceFrom: "2012-09-01",
  }),
  // School-day rules: the council's section 19 duty and health needs (section 1.2).
  rule({
    id: "R-DAY-S19",
    title: "The council must arrange education for a child out of school",
    summary:
      "The council must arrange suitable education for a child of school age who, because of illness, exclusion or any other reason, would not otherwise get it. Suitable means right for the child's age, ability and any SEN. It should be full-time unless part-time is better for the child, for example because of their health. The duty applies to children on a school roll too.",
    citations: [
      {
        instrument: "Education Act 1996",
        provision: "section 19(1), (1A) and (3A)",
        url: "https://www.legislation.gov.uk/ukpga/1996/56/section/19",
      },
    ],
    verification: "verified",
    inForceFrom: "1996-11-01",
  }),
  rule({
    id: "R-DAY-HEALTH-15",
    title: "Education for a child too ill to go to school",
    summary:
      "When a child cannot go to school because of their health, the council should arrange education as soon as it is clear they will miss 15 school days or more, in a row or added up over the year. The 15 days is guidance: the council's duty applies however long the absence is. The council should have a named officer for these children and should not ask for medical evidence it does not need.",
    citations: [
      {
        instrument: "Department for Education, Arranging education for children who cannot attend school because of health needs",
        provision: "statutory guidance, December 2023",
        url: "https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2023-12-01",
    periods: { main: { kind: "school_days_total", amount: 15, per: "school_year" } },
  }),
  rule({
    id: "R-DAY-MEDICAL",
    title: "Supporting pupils with medical conditions",
    summary:
      "Schools must make arrangements to support pupils with medical conditions and follow the Government's guidance on it. That means a written policy, an individual healthcare plan where it helps, agreed with the parent and health staff, and trained staff. A child should not be sent home as a matter of routine because of their condition.",
    citations: [
      {
        instrument: "Children and Families Act 2014",
        provision: "section 100",
        url: "https://www.legislation.gov.uk/ukpga/2014/6/section/100",
      },
    ],
    verification: "unverified",
    inForceFrom: "2014-09-01",
  }),
  // School-day rules: part-time timetables and attendance (section 1.3).
  rule({
    id: "R-DAY-PTT",
    title: "What a part-time timetable must be",
    summary:
      "Every child of school age is entitled to full-time education. A part-time timetable may be used only in exceptional cases and in the child's best interests, such as a health need or a planned return to school. It needs the parent's agreement, must be for as short a time as possible with a date to return to full-time, and must be reviewed regularly. It must not be used to manage behaviour. For a child with an EHC plan the council should be involved and an early review considered.",
    citations: [
      {
        instrument: "Department for Education, Working together to improve school attendance",
        provision: "part-time timetables (about paragraphs 65 to 66), August 2024",
        url: "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2024-08-19",
  }),
  rule({
    id: "R-DAY-PTT-CODE",
    title: "How a part-time timetable is marked in the register",
    summary:
      "Time out of school under an agreed part-time timetable is authorised absence, normally marked with code C2. It must not be marked as unauthorised, so it cannot lead to a fine.",
    citations: [
      {
        instrument: "Department for Education, Working together to improve school attendance",
        provision: "part-time timetables; School Attendance (Pupil Registration) (England) Regulations 2024, regulations 10 and 11",
        url: "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2024-08-19",
  }),
  rule({
    id: "R-DAY-ATT-SEND",
    title: "Support first for attendance when a child has SEN",
    summary:
      "Children with SEN, a disability or a long-term health condition have the same right to education, and schools are expected to support them first: talk with the family, understand what stops the child attending (including anxiety about school), agree an attendance support plan, involve the SENCO and, with an EHC plan, the council. Fines and other formal steps should be used only when support was offered and not taken up.",
    citations: [
      {
        instrument: "Department for Education, Working together to improve school attendance",
        provision: "the sections on SEND and on pupils with medical conditions, August 2024",
        url: "https://www.gov.uk/government/publications/working-together-to-improve-school-attendance",
      },
    ],
    verification: "unverified",
    kind: "guidance",
    inForceFrom: "2024-08-19",
  }),
  rule({
    id: "R-DAY-ATT-CODES",
    title: "Attendance codes",
    summary:
      "Codes a parent may see include I for illness, M for a medical appointment, C2 for a part-time timetable and E for a suspension with no other education, all authorised. K is education the council arranged, which counts as attending. G, N, O and U are unauthorised.",
    citations: [
      {
        instrument: "School Attendance (Pupil Registration) (England) Regulations 2024",
        provision: "regulation 10, Tables 1 to 3",
        url: "https://www.legislation.gov.uk/uksi/2024/208/contents/made",
      },
    ],
    verification: "unverified",
    inForceFrom: "2024-08-19",
  }),
  rule({
    id: "R-DAY-PENALTY",
    title: "Penalty notices for absence",
    summary:
      "Since 19 August 2024 a school or council must consider a penalty notice when a pupil has 10 sessions (usually 5 school days) of unauthorised absence within 10 school weeks. A first notice is £80 if paid within 21 days, or £160 within 28 days. Authorised absence, such as illness, an agreed part-time timetable or an exclusion, does not count.",
    citations: [
      {
        instrument: "Education (Penalty Notices) (England) Regulations 2007 (SI 2007/1867)",
        provision: "regulation 4, as amended by SI 2024/210",
        url: "https://www.legislation.gov.uk/uksi/2024/210/contents/made",
      },
    ],
    verification: "partly_verified",
    inForceFrom: "2024-08-19",
    periods: { payLower: { kind: "count", amount: 21, unit: "days", counting: "beginning_with" }, payHigher: { kind: "count", amount: 28, unit: "days", counting: "beginning_with" } },
  }),
  // School-day rules: restraint and seclusion (section 1.4).
  rule({
    id: "R-DAY-RESTRAINT-DUTY",
    title: "Schools must record restraint and seclusion",
    summary:
      "From 1 April 2026 every school in England must record each serious incident where staff use force, restraint or seclusion, and report it to the parent. Staff may use reasonable force only to prevent injury, an offence, damage or disorder, and never as a punishment.",
    citations: [
      {
        instrument: "Schools (Recording and Reporting of Seclusion and Restraint) (No. 2) (England) Regulations 2025",
        provision: "the whole instrument; Department for Education, Restrictive interventions, including use of reasonable force, in schools",
        url: "https://www.legislation.gov.uk/uksi/2025",
      },
    ],
    verification: "unverified",
    inForceFrom: "2026-04-01",
  }),
  rule({
    id: "R-DAY-RESTRAINT-REPORT",
    title: "Telling the parent about restraint the same day",
    summary:
      "The school must tell the parent in writing as soon as it can, and no later than the same day, saying when and where it happened, for how long, why, what was done and any injuries. The school should offer to talk it through afterwards. The exact wording of the same-day rule has not been checked.",
    citations: [
      {
        instrument: "Schools (Recording and Reporting of Seclusion and Restraint) (No. 2) (England) Regulations 2025",
        provision: "the reporting duty; Department for Education, Restrictive interventions guidance, recording and reporting section",
        url: "https://www.legislation.gov.uk/uksi/2025",
      },
    ],
    verification: "unverified",
    inForceFrom: "2026-04-01",
  }),
  // Tribunal appeals (reference england-school-day-and-tribunal-rules.md, section 2). Status as the
  // reference marks the rule's primary source; a rule whose only sources are advice charities and
  // law firms is "secondary", as for R-APP-NATIONAL-TRIAL. Periods here count the tribunal's own
  // working days (R-TRIB-WORKING-DAY: no August, no 25 December to 1 January) in their own unit,
  // "tribunal_working_days", counted by domain/tribunal; the deadline engine refuses them (decision
  // 148). Page limits are counts, not periods: they are in domain/tribunal/page-limits.ts, which
  // names these rules.
  rule({
    id: "R-TRIB-COUNT",
    title: "How the tribunal counts the appeal deadline",
    summary:
      "In SEN appeals the tribunal's rules leave out 25 December to 1 January and every day in August when counting time, and something due on a day the tribunal is closed can be done on the next working day. Advice charities read this as: if the appeal deadline ends in those days, the appeal is in time on the first working day afterwards. Sources differ on how it works, so aim for the ordinary date. This does not apply to disability discrimination claims.",
    citations: [
      { instrument: TRIBUNAL_RULES, provision: "rule 12(2)–(3)", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/12" },
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-TRIB-WORKING-DAY",
    title: "The tribunal's working days",
    summary:
      "When the tribunal gives a time in working days, it does not count Saturdays, Sundays, bank holidays, 25 December to 1 January, or any day in August.",
    citations: [
      { instrument: TRIBUNAL_RULES, provision: "rules 1(3) and 12", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/12" },
      { instrument: "IPSEA (Independent Provider of Special Education Advice)", provision: "What happens after I submit my appeal", url: "https://www.ipsea.org.uk/what-happens-after-i-submit-my-appeal-registration-and-key-forms" },
    ],
    verification: "unverified",
  }),
  rule({
    id: "R-TRIB-REGISTER",
    title: "The tribunal registers the appeal",
    summary:
      "After the appeal arrives, the tribunal registers it and sends both sides a letter with the key dates: the council's response, the last day for evidence, the forms to return, the bundle and the hearing. It aims to do this within about 10 working days. Appeals about a refusal to assess are often decided on the papers unless someone asks for a hearing.",
    citations: [
      { instrument: "IPSEA (Independent Provider of Special Education Advice)", provision: "What happens after I submit my appeal", url: "https://www.ipsea.org.uk/what-happens-after-i-submit-my-appeal-registration-and-key-forms" },
    ],
    verification: "secondary",
    kind: "fact",
    periods: { aim: { kind: "count", amount: 10, unit: "tribunal_working_days", counting: "after" } },
  }),
  rule({
    id: "R-TRIB-LA-RESPONSE",
    title: "The council's response to the appeal",
    summary:
      "The council must send its response to the tribunal and to the family by the date in the tribunal's letter, usually 30 working days after the tribunal sends it the appeal. The response says whether it opposes the appeal and why. If the council gives in before it responds, the appeal is unopposed. The date in the letter is the one that counts.",
    citations: [{ instrument: TRIBUNAL_RULES, provision: "rule 21", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/21" }],
    verification: "unverified",
    periods: { usual: { kind: "count", amount: 30, unit: "tribunal_working_days", counting: "after" } },
  }),
  rule({
    id: "R-TRIB-HEARING-TIME",
    title: "When the hearing is",
    summary:
      "The tribunal used to aim to hold hearings about 12 weeks after registering an appeal (about 10 weeks for a move between schools). Many hearings are now much later. The date in the tribunal's letter is the one to use.",
    citations: [
      { instrument: "IPSEA (Independent Provider of Special Education Advice)", provision: "What happens after I submit my appeal", url: "https://www.ipsea.org.uk/what-happens-after-i-submit-my-appeal-registration-and-key-forms" },
    ],
    verification: "secondary",
    kind: "fact",
    periods: { formerAim: weeks(12), formerAimPhaseTransfer: weeks(10) },
  }),
  rule({
    id: "R-TRIB-BUNDLE-WHO",
    title: "Who prepares the hearing bundle",
    summary:
      "For hearings listed after 15 July 2025, the council prepares the hearing bundle: one PDF with numbered pages, an index, and documents in date order within each section. The family must send its evidence by the evidence deadline, complete and easy to read. A bundle that breaks the rules can be refused, and the hearing can be put off.",
    citations: [{ instrument: PD_2025, provision: "bundle preparation", url: PD_2025_URL }],
    verification: "unverified",
    inForceFrom: "2025-04-22",
  }),
  rule({
    id: "R-TRIB-BUNDLE-LIMITS",
    title: "Page limits for the tribunal bundle",
    summary:
      "Each side's evidence has a page limit: 75 pages for a refusal to assess or reassess, 100 for a refusal to make a plan, 100 for Sections B and F, 75 for Section I only, 75 for ending a plan, and 75 for the health and social care part of an extended appeal. The core bundle is limited to 100 pages, the plan with its appendices to 150, and the working document to 25. These are the most allowed, not a target. Whether the limits add up when Sections B, F and I are all appealed has not been checked.",
    citations: [{ instrument: PD_2025, provision: "Schedules 1 and 2", url: PD_2025_URL }],
    verification: "unverified",
    inForceFrom: "2025-04-22",
  }),
  rule({
    id: "R-TRIB-EXPERTS",
    title: "Expert reports and witness statements",
    summary:
      "Each expert report needs a summary of no more than 2 pages at the start, and no more than 15 pages in all. It should be in 12-point type with numbered paragraphs, and normally no more than 3 years old. A witness who has not written a report needs a witness statement of no more than 10 pages, not counting what is attached, sent by the evidence deadline.",
    citations: [{ instrument: PD_2025, provision: "expert evidence and witness statements", url: PD_2025_URL }],
    verification: "unverified",
    inForceFrom: "2025-04-22",
  }),
  rule({
    id: "R-TRIB-MORE-PAGES",
    title: "Asking for more pages or late evidence",
    summary:
      "To go over a page limit, or to send evidence late, ask the tribunal on form SEND7 (request for change) and say why. Late evidence is used only if the tribunal agrees.",
    citations: [
      { instrument: PD_2025, provision: "applications to exceed limits; HM Courts and Tribunals Service form SEND7 (request for change)", url: PD_2025_URL },
    ],
    verification: "unverified",
    inForceFrom: "2025-04-22",
  }),
  rule({
    id: "R-TRIB-WORKING-DOC",
    title: "The working document",
    summary:
      "In an appeal about what a plan says, the working document is a Word copy of the sections in dispute that both sides mark up before the hearing, no longer than 25 pages. The usual key: normal type is the plan as it is; underlined is agreed by both; bold is what the family wants added, bold crossed out what it wants taken out; italic is what the council wants added, italic crossed out what it wants taken out. No tracked changes or comments; evidence goes in footnotes.",
    citations: [{ instrument: "IPSEA (Independent Provider of Special Education Advice)", provision: "The working document", url: "https://www.ipsea.org.uk/the-working-document" }],
    verification: "secondary",
  }),
  rule({
    id: "R-TRIB-DECISION",
    title: "The tribunal's decision",
    summary:
      "The tribunal sends both sides its decision in writing with its reasons, usually within about 2 weeks of the hearing. This is usual practice, not a legal time limit.",
    citations: [{ instrument: TRIBUNAL_RULES, provision: "rule 41", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/41" }],
    verification: "unverified",
    periods: { usual: { kind: "count", amount: 10, unit: "tribunal_working_days", counting: "after" } },
  }),
  rule({
    id: "R-TRIB-REVIEW-SEN",
    title: "Asking for a review because things have changed",
    summary:
      "Only in SEN cases, either side can ask the tribunal to look at its decision again because something important has changed since. Ask within 28 days of the decision being sent; the tribunal can allow more time.",
    citations: [{ instrument: TRIBUNAL_RULES, provision: "rule 48(2)–(4)", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/48" }],
    verification: "unverified",
    periods: { main: days(28) },
  }),
  rule({
    id: "R-TRIB-SET-ASIDE",
    title: "Asking the tribunal to set its decision aside",
    summary:
      "The tribunal can cancel its decision and decide again if something went wrong with the process, for example a document was not sent or someone could not be there. Ask within 28 days of the decision being sent.",
    citations: [{ instrument: TRIBUNAL_RULES, provision: "rule 45", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/45" }],
    verification: "unverified",
    periods: { main: days(28) },
  }),
  rule({
    id: "R-TRIB-PTA",
    title: "Appealing to the Upper Tribunal",
    summary:
      "A decision can be appealed to the Upper Tribunal only if the tribunal got the law wrong. First ask the tribunal for permission, in writing, within 28 days of the decision or its written reasons being sent. If it says no, ask the Upper Tribunal within 1 month of that refusal being sent. If the Upper Tribunal says no without a hearing, you can ask for a hearing within 14 days. Get legal advice.",
    citations: [
      { instrument: TRIBUNAL_RULES, provision: "rules 46–47", url: "https://www.legislation.gov.uk/uksi/2008/2699/article/46" },
      { instrument: UT_RULES, provision: "rule 21(2)–(3)", url: "https://www.legislation.gov.uk/uksi/2008/2698/part/3/made" },
      { instrument: UT_RULES, provision: "rule 22(3)–(5)", url: "https://www.legislation.gov.uk/uksi/2008/2698/article/22/made" },
    ],
    verification: "partly_verified",
    periods: { firstTier: days(28), upperTribunal: months(1), reconsider: days(14) },
  }),
  rule({
    id: "R-TRIB-COMPLY",
    title: "What the council must do after a tribunal order",
    summary:
      "When the tribunal orders the council to act, it must do so within set times from the date of the order, unless the tribunal says otherwise. To assess: say it will within 2 weeks, then say no plan is needed within 10 weeks or issue the final plan within 14 weeks. To make a plan: a draft within 5 weeks and the final plan within 11 weeks. To think again: within 2 weeks. To change Sections B and F: the changed plan within 5 weeks. To name a school only: within 2 weeks. To keep the plan: straight away. To keep and change it: within 5 weeks. The support must start from the day the changed plan is issued.",
    citations: [
      regs("regulation 44(1)–(3)", 44),
      { instrument: "HM Courts and Tribunals Service", provision: "Carry out an order in special educational needs cases (SEND18)", url: "https://www.gov.uk/government/publications/time-limits-for-complying-with-a-send-tribunal-decision-send18" },
    ],
    verification: "partly_verified",
    periods: {
      assess: weeks(2),
      assessNoPlan: weeks(10),
      assessPlan: weeks(14),
      issueDraft: weeks(5),
      issueFinal: weeks(11),
      reconsider: weeks(2),
      amend: weeks(5),
      school: weeks(2),
      continueAndAmend: weeks(5),
    },
  }),
  rule({
    id: "R-TRIB-UNOPPOSED",
    title: "When the council gives in before its response",
    summary:
      "If the council tells the tribunal it will not oppose the appeal before it sends its response, it must act within set times from that day: 2 weeks to say it will assess, then 10 weeks to say no plan is needed or 14 weeks to issue the plan; 5 weeks to issue a changed plan; 2 weeks when only the school named is in dispute. Some websites still give an old 4-week time that was replaced in 2015.",
    citations: [
      { instrument: "SI 2015/359, amending the Special Educational Needs and Disability Regulations 2014", provision: "regulation 8, substituting regulation 45", url: "https://www.legislation.gov.uk/uksi/2015/359/regulation/8" },
    ],
    verification: "verified",
    inForceFrom: "2015-04-01",
    periods: { assess: weeks(2), assessNoPlan: weeks(10), assessPlan: weeks(14), amend: weeks(5), school: weeks(2) },
  }),
  rule({
    id: "R-TRIB-NONCOMPLY",
    title: "If the council does not do what the tribunal ordered",
    summary:
      "The tribunal cannot make the council act. If the council misses a date, write to the Director of Children's Services. Then use the council's complaints process and the Local Government and Social Care Ombudsman, ask the Secretary of State to direct the council, or ask a solicitor about judicial review, which must start quickly and within 3 months.",
    citations: [
      regs("regulation 44", 44),
      { instrument: "Education Act 1996", provision: "sections 496–497", url: "https://www.legislation.gov.uk/ukpga/1996/56/section/496" },
    ],
    verification: "partly_verified",
  }),
  ...proposals([
    {
      id: "P-REFORM-WHITE-PAPER",
      title: "The Schools White Paper, February 2026",
      summary:
        "The Government published the Schools White Paper \"Every Child Achieving and Thriving\" on 23 February 2026, with a consultation on SEND reform that closed on 18 May 2026. It also proposes a new SEND Code of Practice.",
    },
    {
      id: "P-REFORM-ISP",
      title: "Proposed Individual Support Plans",
      summary:
        "A proposed duty on schools, nurseries and colleges to write an Individual Support Plan with parents for every child with SEN, reviewed at least once a year. Disputes would go to the setting's complaints process and then an independent panel, not the tribunal.",
    },
    {
      id: "P-REFORM-EHCP",
      title: "Proposed changes to EHC plans",
      summary:
        "EHC plans would be kept for children with the most complex needs, with a national template. Some sources say reviews would happen at key stages and moves instead of every year.",
    },
    {
      id: "P-REFORM-PROTECT",
      title: "Proposed protection for children who have plans now",
      summary:
        "Existing plans would stay until they are reviewed at the next move between stages, and a child with a special school place in 2029 could keep it until the end of that stage.",
    },
    {
      id: "P-REFORM-TRIBUNAL",
      title: "Proposed changes to tribunal powers",
      summary:
        "The consultation proposes that the tribunal could no longer order a named school in Section I, only ask the council to think again. Today the tribunal can still order a named school.",
    },
    {
      id: "P-REFORM-DATES",
      title: "When the proposals might start",
      summary: "Most changes are proposed from 2029 or September 2030 (sources differ), with a long change-over.",
    },
    {
      id: "P-REFORM-BILL",
      title: "The Bill to make the changes law",
      summary:
        "The King's Speech on 13 May 2026 announced an Education for All Bill. Nothing changes until a law is passed by Parliament and brought into force, with new regulations and a new Code.",
      url: "https://bills.parliament.uk",
    },
  ]),
];

/** Proposals for reform, each kept apart from the law by its kind ("proposal") and its "P-" id. */
function proposals<const Id extends `P-${string}`>(
  inputs: ReadonlyArray<{ id: Id; title: string; summary: string; url?: string }>,
): Array<LawRule & { id: Id }> {
  return inputs.map((input) =>
    rule({
      id: input.id,
      title: input.title,
      summary: input.summary,
      citations: [
        {
          instrument: "Schools White Paper \"Every Child Achieving and Thriving\" and the SEND reform consultation (February 2026), as summarised by advice charities and law firms",
          provision: "proposals, not law",
          url: input.url ?? "https://www.gov.uk/search/all?keywords=Every+Child+Achieving+and+Thriving",
        },
      ],
      verification: "secondary",
      kind: "proposal",
      inForceFrom: "2026-02-23",
    }),
  );
}

export const LAW_CATALOGUE: readonly LawRule[] = ENTRIES;

/** The id of a rule in the catalogue, e.g. "R-SCH-MEET-3"; a misspelt id does not compile. */
export type RuleId = (typeof ENTRIES)[number]["id"];

const RULE_IDS: ReadonlySet<string> = new Set(ENTRIES.map((entry) => entry.id));

/** Whether a plain string is a catalogue id, e.g. isRuleId("R-SCH-MEET-3") === true; for ids read from elsewhere. */
export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}
