// HOLDOUT — FROZEN. Written on 6 December 2026 before any change to the plan splitter. Never tuned
// on: do not change a plan or its expected lines after looking at results.
//
// Each plan is laid out as the source lays out its headings (the statutory section titles of
// reg 12, as councils and SENDIASS services print them); the provision lines are real lines from
// the sources named. The framing around them is ours and says so.

import type { PlanSection } from "./split-plan";

export type LabelledPlan = {
  id: string;
  sources: string[];
  framing: string;
  text: string;
  /** Every line the splitter should read, in order, with its section. */
  expected: { section: PlanSection; text: string }[];
};

export const PLANS_HOLDOUT: readonly LabelledPlan[] = [
  {
    id: "ph1",
    sources: [
      "https://www.spsbathnes.org.uk/pages/home/parent-carer/checking-your-draft-plan (section titles, each under a bare 'Section X' heading)",
      "https://caselaw.nationalarchives.gov.uk/ukut/aac/2022/102 (provision)",
      "https://www.mumsnet.com/talk/special_needs/4718915-provision-being-removed-at-annual-review (provision)",
    ],
    framing: "Headings and titles as the page lists them; one line of provision under F and one under H1 are ours to make a plan.",
    text: [
      "Section B",
      "The child or young person’s special educational needs (SEN)",
      "Communication and interaction",
      "Sam finds it hard to follow instructions with more than one step.",
      "",
      "Section F",
      "The special educational provision required by the child or the young person",
      "A one to one TA for 32.5 hours per week.",
      "90 min a week SALT.",
      "",
      "Section H1",
      "Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
      "A short break of one overnight stay each month.",
      "",
      "Section H2",
      "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN",
      "",
      "Section I",
      "The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended",
    ].join("\n"),
    expected: [
      { section: "B", text: "Sam finds it hard to follow instructions with more than one step." },
      { section: "F", text: "A one to one TA for 32.5 hours per week." },
      { section: "F", text: "90 min a week SALT." },
      { section: "H", text: "A short break of one overnight stay each month." },
    ],
  },
  {
    id: "ph2",
    sources: [
      "https://d.docecity.com/110e5f488b34d31ebad0c857d36adc412835889.html (council EHC plan template: '(A) Views, Interests and Aspirations')",
      "https://supportsendkids.staging.senatesense.com/question/1616678470304 ('What help do I need to make this happen and how will it be delivered?', 'Item 1:')",
      "https://docsbay.net/outline-for-tuition-newsletter-summer-2011 (provision)",
    ],
    framing: "Section letters in brackets as the template writes them; the question and item labels as the amended plan writes them; the provision from the provision map.",
    text: [
      "(A) Views, Interests and Aspirations",
      "Sam likes trains.",
      "(E) Outcomes",
      "By July 2027 Sam will read a book at the level of his class.",
      "(F) Special Educational Provision",
      "What help do I need to make this happen and how will it be delivered?",
      "Item 1:",
      "• SALT 3 x 20 mins pw",
      "Item 2:",
      "• Pre teaching vocab group 30 mins pw for 6 weeks",
      "(G) Health Provision",
      "Annual review by the community paediatrician.",
    ].join("\n"),
    expected: [
      { section: "A", text: "Sam likes trains." },
      { section: "E", text: "By July 2027 Sam will read a book at the level of his class." },
      { section: "F", text: "SALT 3 x 20 mins pw" },
      { section: "F", text: "Pre teaching vocab group 30 mins pw for 6 weeks" },
      { section: "G", text: "Annual review by the community paediatrician." },
    ],
  },
];
