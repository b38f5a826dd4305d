// Guide page: appealing to the SEND Tribunal, step by step (issue 23): what can be appealed,
// mediation first, the date to appeal by (the holiday rule only as a fallback), what happens after
// the appeal is registered, the evidence bundle, its page limits and sharing it, the working document, witness
// statements, and after the decision what the council must do by when and the ways to challenge.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";
import { EVIDENCE_PAGE_LIMITS, EXPERT_EVIDENCE_LIMITS, OTHER_PAGE_LIMITS } from "../../tribunal/page-limits";

export const APPEALING: GuidePage = {
  slug: "appealing",
  title: "Appealing to the SEND Tribunal, step by step",
  summary:
    "How an appeal to the special educational needs and disability (SEND) Tribunal works: the date to appeal by, the evidence, the working document, and what the council must do after the decision.",
  sections: [
    {
      heading: "What you can appeal",
      paragraphs: [
        "You can appeal against the council's decisions about an education, health and care (EHC) plan: a refusal to assess your child, a refusal to make a plan, what the plan says about needs (Section B), help (Section F) or the school (Section I), and a decision to end a plan. Start an appeal from the decision on the Assessment and plan page.",
        "This page is information, not legal advice. IPSEA, a charity, and your council's information, advice and support service (SENDIASS) give free advice. Talk to one of them early.",
      ],
      rules: ["R-APP-WHAT", "R-LA-IAS"],
    },
    {
      heading: "Mediation comes first",
      paragraphs: [
        `Before you appeal, you must talk to a mediation adviser, within ${periodOf("R-APP-MEDIATION")} of the decision letter. You do not have to take part in mediation. You do need the certificate the adviser gives you. An appeal only about the school does not need one.`,
      ],
      rules: ["R-APP-MEDIATION", "R-APP-NO-CERT"],
    },
    {
      heading: "The date to appeal by",
      paragraphs: [
        `The appeal must reach the tribunal within ${periodOf("R-APP-DEADLINE", "decision")} of the decision letter, or ${periodOf("R-APP-DEADLINE", "certificate")} of the certificate if that ends later. Clearpath shows that date, and the last working day before it as the day to aim for.`,
        "In these cases the tribunal does not count the days from Christmas Day to New Year's Day, or any day in August. So if your date falls in those days, you may have until the next working day. Sources read this rule in different ways, so Clearpath shows it only as a fallback. Do not plan to use it.",
      ],
      rules: ["R-APP-DEADLINE", "R-TRIB-COUNT", "R-TRIB-WORKING-DAY"],
    },
    {
      heading: "After the appeal is registered",
      paragraphs: [
        "The tribunal sends a letter with its directions. They set the dates: the council's response, your final evidence, the working document, the attendance form and the hearing. Write these dates in Clearpath to get reminders.",
        `The council's response is usually due ${periodOf("R-TRIB-LA-RESPONSE", "usual")} after the tribunal sends it the appeal, but the date in the letter is the one that counts. Hearings are often listed many months ahead. An appeal against a refusal to assess may be decided on the papers, unless someone asks for a hearing.`,
      ],
      rules: ["R-TRIB-REGISTER", "R-TRIB-LA-RESPONSE", "R-TRIB-HEARING-TIME"],
    },
    {
      heading: "Your evidence and its page limits",
      paragraphs: [
        "Send your evidence by the final evidence date. For hearings listed after 15 July 2025, the council puts the hearing bundle together, so make sure your own papers are complete and easy to read. Clearpath puts your papers in sections, in date order, with page numbers that do not move when a late paper is added.",
        `Each side's evidence has a page limit. It is ${EVIDENCE_PAGE_LIMITS.refusal_to_assess} pages for a refusal to assess, and ${EVIDENCE_PAGE_LIMITS.sections_b_f} pages for an appeal about Sections B and F. These are the most you may send, not a target. To send more, or to send something late, ask the tribunal on form SEND7 and say why.`,
        `An expert report should start with a summary of no more than ${EXPERT_EVIDENCE_LIMITS.summaryPages} pages and be no more than ${EXPERT_EVIDENCE_LIMITS.reportPages} pages in all. It should normally be no more than ${EXPERT_EVIDENCE_LIMITS.reportAgeYears} years old at the hearing.`,
        "If someone speaks for you at the tribunal, you can share your bundle with them by a link from the bundle page. They do not need an account. You choose when the link ends, and you can add a passcode or stop the link at any time.",
      ],
      rules: ["R-TRIB-BUNDLE-WHO", "R-TRIB-BUNDLE-LIMITS", "R-TRIB-MORE-PAGES", "R-TRIB-EXPERTS"],
    },
    {
      heading: "The working document",
      paragraphs: [
        `In an appeal about what a plan says, both sides mark up a copy of the plan. This is the working document. It has a key: bold for the words you want added, bold and struck through for words you want taken out, italic for the council's changes, and underlined for changes you both agree. Add the page of your evidence for each change. It may be no more than ${OTHER_PAGE_LIMITS.working_document} pages.`,
      ],
      rules: ["R-TRIB-WORKING-DOC", "R-TRIB-BUNDLE-LIMITS"],
    },
    {
      heading: "Witness statements",
      paragraphs: [
        `Anyone who comes to the hearing to speak and has not written a report needs a witness statement. That includes you. Keep it to ${EXPERT_EVIDENCE_LIMITS.witnessStatementPages} pages or fewer, with numbered paragraphs, and point to your evidence by its page. Send it by the final evidence date.`,
      ],
      rules: ["R-TRIB-EXPERTS"],
    },
    {
      heading: "What the council must do after the decision",
      paragraphs: [
        "The tribunal sends its decision in writing, usually soon after the hearing. If it orders the council to act, the council must do so in set times from the date of the order:",
      ],
      bullets: [
        `to assess: say it will within ${periodOf("R-TRIB-COMPLY", "assess")}, then issue the final plan within ${periodOf("R-TRIB-COMPLY", "assessPlan")}, or say no plan is needed within ${periodOf("R-TRIB-COMPLY", "assessNoPlan")}`,
        `to make a plan: a draft within ${periodOf("R-TRIB-COMPLY", "issueDraft")} and the final plan within ${periodOf("R-TRIB-COMPLY", "issueFinal")}`,
        `to change Sections B and F: the changed plan within ${periodOf("R-TRIB-COMPLY", "amend")}`,
        `to name a school only: within ${periodOf("R-TRIB-COMPLY", "school")}`,
        "to keep the plan: straight away",
      ],
      rules: ["R-TRIB-DECISION", "R-TRIB-COMPLY"],
    },
    {
      heading: "If the council gives in",
      paragraphs: [
        `If the council tells the tribunal it will not oppose the appeal before its response, it must act in set times from that day. For example, it must say it will assess within ${periodOf("R-TRIB-UNOPPOSED", "assess")}, or issue a changed plan within ${periodOf("R-TRIB-UNOPPOSED", "amend")}. Some websites still give an older time that no longer applies.`,
      ],
      rules: ["R-TRIB-UNOPPOSED"],
    },
    {
      heading: "If the council misses a date",
      paragraphs: [
        "The tribunal cannot make the council act. Write to the council's Director of Children's Services; Clearpath can write this letter. Then you can use the council's complaints process and go to the Local Government and Social Care Ombudsman. You can also ask the Secretary of State for Education to step in, or ask a solicitor about judicial review, which must start quickly.",
      ],
      rules: ["R-TRIB-NONCOMPLY"],
    },
    {
      heading: "Ways to challenge the decision",
      paragraphs: [
        `If things have changed since the decision, you can ask the tribunal to review it, within ${periodOf("R-TRIB-REVIEW-SEN")}. If something went wrong with the process, such as a paper that never arrived, you can ask it to set the decision aside, within ${periodOf("R-TRIB-SET-ASIDE")}. If you think the tribunal got the law wrong, you can ask it for permission to appeal to the Upper Tribunal, within ${periodOf("R-TRIB-PTA", "firstTier")}. Get legal advice first.`,
      ],
      rules: ["R-TRIB-REVIEW-SEN", "R-TRIB-SET-ASIDE", "R-TRIB-PTA"],
    },
  ],
  tools: [
    { label: "Start or open an appeal", screen: "appeals" },
    { label: "See the decisions and their dates", screen: "statutory" },
    { label: "Write to the Director of Children's Services", screen: "letters?kind=order_compliance_chaser#write" },
  ],
};
