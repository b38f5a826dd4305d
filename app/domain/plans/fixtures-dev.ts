// Development plans for the splitter (may be tuned on; the frozen holdout is fixtures-holdout.ts).
// Laid out as the sources lay out their plans; the framing is ours and says so.

import type { LabelledPlan } from "./fixtures-holdout";

export const PLANS_DEV: readonly LabelledPlan[] = [
  {
    id: "pd1",
    sources: ["https://supportsendkids.org/question/1616678470304 (amended final EHC plan after a tribunal decision, Part F)"],
    framing: "The plan's Part F as published, shortened to two outcomes and one item.",
    text: [
      "PART F – MY SPECIAL EDUCATION PROVISION",
      "[EHCP: Amended Final Following Appeal Hearing and 1st Tier SENDIST Decision]",
      "These must include all the needs specified in Section B and where a social care and/or health provision supports a child or young person with their education or training.",
      "COMMUNICATION AND INTERACTION",
      "Communication and Interaction short term outcomes (from Section E), by the end of Key Stage 2:",
      "(1) [child] will be able to communicate effectively in order to express his wants, needs, thoughts, feelings and ideas more successfully throughout the day.",
      "(2) [child] will develop his understanding and expressive language skills so that he is able to consistently process instructions with 4 key words or concepts.",
      "What help do I need to make this happen and how will it be delivered?",
      "Item 1:",
      "• A specific structured language and communication programme set within the school designed and maintained by the Speech and Language Therapist in liaison with other professionals and implemented by school staff",
    ].join("\n"),
    expected: [
      { section: "E", text: "[child] will be able to communicate effectively in order to express his wants, needs, thoughts, feelings and ideas more successfully throughout the day." },
      { section: "E", text: "[child] will develop his understanding and expressive language skills so that he is able to consistently process instructions with 4 key words or concepts." },
      {
        section: "F",
        text: "A specific structured language and communication programme set within the school designed and maintained by the Speech and Language Therapist in liaison with other professionals and implemented by school staff",
      },
    ],
  },
  {
    id: "pd2",
    sources: [
      "https://westsussexsendias.org/2020/04/29/how-to-check-your-draft-ehc-plan-guidance-for-parents/ (section list, 'H – Social Care provision (split into H1 & H2)')",
      "https://send.essex.gov.uk/help-learning/education-health-and-care-plans-ehcps/how-check-draft-ehcp/section-f-special (provision)",
    ],
    framing: "Headings as the SENDIASS list writes them ('F – Special educational Provision', 'H1', 'H2'); the provision lines are Essex's examples.",
    text: [
      "F – Special educational Provision",
      "Communication and interaction",
      "Bart will take part in a Lego therapy group, once a week, for thirty minutes, in a group of no more than 3 learners, delivered by a member of the learning support team.",
      "Social, emotional and mental health",
      "Katya will work with a Higher Level Teaching Assistant for 15 mins every morning to support her in choosing between 2 simple options presented through the ‘Choices Card’ system.",
      "G – Health provision",
      "H1",
      "Two hours a week of help at home from a personal assistant.",
      "H2",
      "A place at a holiday club for two weeks each summer.",
    ].join("\n"),
    expected: [
      {
        section: "F",
        text: "Bart will take part in a Lego therapy group, once a week, for thirty minutes, in a group of no more than 3 learners, delivered by a member of the learning support team.",
      },
      {
        section: "F",
        text: "Katya will work with a Higher Level Teaching Assistant for 15 mins every morning to support her in choosing between 2 simple options presented through the ‘Choices Card’ system.",
      },
      { section: "H", text: "Two hours a week of help at home from a personal assistant." },
      { section: "H", text: "A place at a holiday club for two weeks each summer." },
    ],
  },
];
