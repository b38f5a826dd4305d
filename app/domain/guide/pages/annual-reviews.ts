// Guide page: annual reviews of an EHC plan, what happens after the meeting, and phase transfer.
import type { GuidePage } from "../guide-page";
import { fixedDateOf, periodOf } from "../../law/statements";

export const ANNUAL_REVIEWS: GuidePage = {
  slug: "annual-reviews",
  title: "Annual reviews and moving school",
  summary:
    "How an education, health and care (EHC) plan is checked each year, what must happen after the review meeting, and the dates to know before a move to a new school.",
  sections: [
    {
      heading: "A review every year",
      paragraphs: [
        `The council must review an EHC plan within ${periodOf("R-AR-12M")} of making it, and then within ${periodOf("R-AR-12M")} of each review. For children under five, the Code says councils should consider a review every ${periodOf("R-AR-INFANT", "shortest")} to ${periodOf("R-AR-INFANT", "longest")}.`,
        "A review is a chance to check that the plan still fits. Needs change as children grow, and the plan should change with them.",
      ],
      rules: ["R-AR-12M", "R-AR-INFANT"],
    },
    {
      heading: "The review meeting",
      paragraphs: [
        `There must be a meeting. You must be invited, along with the school, an officer from the council's special educational needs (SEN) team, a health worker and social care. Everyone must be told of it at least ${periodOf("R-AR-NOTICE", "notice")} it. Reports must be sent out at least ${periodOf("R-AR-NOTICE", "papers")} the meeting. Your child's views and wishes should be heard.`,
        "Before the meeting, it helps to:",
      ],
      bullets: [
        "read the plan again, section by section",
        "note what has changed since the last review",
        "check that all the help in Section F is really being given",
        "gather any new reports",
        "ask your child what is going well and what is not",
      ],
      rules: ["R-AR-MEETING", "R-AR-NOTICE", "R-COP-PRINCIPLES"],
    },
    {
      heading: "After the meeting",
      paragraphs: ["The steps after the meeting each have a time limit:"],
      bullets: [
        `Within ${periodOf("R-AR-REPORT")}, a report of the meeting goes to the council and everyone invited.`,
        `Within ${periodOf("R-AR-DECISION")} of the meeting, the council must decide whether to keep, change or end the plan, and tell you. If it wants to make changes, it must say what they are.`,
        `You then have at least ${periodOf("R-AR-AMEND-15")} to comment on the changes.`,
        `The final plan with the changes must follow within ${periodOf("R-AR-AMEND-8W")} of the council sending them.`,
      ],
      rules: ["R-AR-REPORT", "R-AR-DECISION", "R-AR-AMEND-15", "R-AR-AMEND-8W"],
    },
    {
      heading: "Getting ready for adult life",
      paragraphs: [
        "From Year 9, each review must look at what help your young person needs to get ready for adult life. This can include work, further study, living more on their own, and taking part in the community.",
      ],
      rules: ["R-AR-Y9"],
    },
    {
      heading: "Moving to a new school or college",
      paragraphs: [
        "A move from one stage of education to the next is called a phase transfer, such as from primary to secondary school. Before such a move, the plan must be reviewed and the new school named by set dates:",
      ],
      bullets: [
        `For most school moves, before ${fixedDateOf("R-AR-PHASE", "school")} in the year of the move. If the move is in January, that date comes after it, so ask for the new school to be named well before.`,
        `For a move from school to a college or other place after 16, before ${fixedDateOf("R-AR-PHASE", "post16")} in the year of the move.`,
        `For a move between two places after 16 at another time, at least ${periodOf("R-AR-PHASE", "post16_move")}.`,
      ],
      rules: ["R-AR-PHASE"],
    },
    {
      heading: "Start early",
      paragraphs: [
        "Visit schools in the year before the move, and tell the council which one you want in good time. If the council has not named a school by the date, write to it at once.",
        `You can ask for a new assessment if your child's needs have changed a lot. The council must tell you within ${periodOf("R-AR-REASSESS")} of getting your request whether it will do one. If it says no, you can appeal. If you move to a new council area, the plan moves with you. A council can only end a plan in a few cases, and you can appeal if it tries to.`,
      ],
      rules: ["R-AR-REASSESS", "R-EHCP-TRANSFER", "R-EHCP-CEASE", "R-APP-WHAT"],
    },
  ],
  tools: [
    { label: "Prepare for the review meeting", screen: "meetings" },
    { label: "Check the plan section by section", screen: "plans" },
    { label: "Follow the review dates", screen: "statutory" },
    { label: "Ask for an early review", screen: "letters?kind=early_review_request#write" },
  ],
};
