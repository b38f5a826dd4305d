// A complaint to the Local Government and Social Care Ombudsman, once the council's own complaints
// procedure has run: what went wrong, the council's answer, how it affected the child and family
// (the "injustice"), and what would put it right.

import { cite, describeChild, joinParagraphs, readText } from "../case-facts";
import type { LetterTemplate } from "../letter-template";
import { complaintAboutField, readComplaintMatter } from "./la-complaint";

/** The Ombudsman sets its own pace; four weeks is when to ask whether the complaint arrived. */
const REPLY_DAYS = 28;
const TEXT_LIMIT = 3000;

export const ombudsmanComplaint: LetterTemplate = {
  kind: "ombudsman_complaint",
  label: "Complain to the Ombudsman",
  whenToUse:
    "When you have complained to the council and its answer did not put things right, or it did not answer. You can also paste this into the Ombudsman's online form.",
  audience: "ombudsman",
  reply: { kind: "days", days: REPLY_DAYS },
  options(document, today) {
    return [
      complaintAboutField(document, today),
      {
        kind: "text",
        name: "details",
        label: "What went wrong",
        hint: "The facts in date order.",
        required: true,
        maxLength: TEXT_LIMIT,
        rows: 5,
        missing: "Say what went wrong",
      },
      {
        kind: "text",
        name: "councilComplaint",
        label: "Your complaint to the council",
        hint: "When you complained, and what the council said (or that it did not reply).",
        required: true,
        maxLength: TEXT_LIMIT,
        rows: 3,
        missing: "Say when you complained to the council and what it said",
      },
      {
        kind: "text",
        name: "impact",
        label: "How it has affected your child and family",
        hint: "For example: months without therapy, missed school, stress, time off work.",
        required: true,
        maxLength: TEXT_LIMIT,
        rows: 4,
        missing: "Say how it has affected your child and family",
      },
      {
        kind: "text",
        name: "wanted",
        label: "What would put it right (optional)",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 3,
      },
    ];
  },
  build(document, options, today) {
    const child = describeChild(document);
    const matter = readComplaintMatter(document, options, today);
    const wanted = readText(options, "wanted");
    return {
      subject: `Complaint about the council: ${child.name}'s ${matter.isProvision ? "EHC plan provision" : "EHC process"}`,
      body: joinParagraphs([
        child.introduction,
        `I would like the Ombudsman to look into how the council has handled ${child.firstName}'s special educational needs (${cite("R-CMP-LGSCO", today)}).`,
        ...matter.paragraphs,
        `What went wrong:\n${readText(options, "details") ?? ""}`,
        `My complaint to the council:\n${readText(options, "councilComplaint") ?? ""}`,
        `How this has affected ${child.firstName} and our family:\n${readText(options, "impact") ?? ""}`,
        wanted ? `What would put it right:\n${wanted}` : null,
        `I can send copies of the letters, emails and the council's reply. I would be grateful if you could confirm within ${REPLY_DAYS} days of the date of this letter that you have received this complaint.`,
        "Thank you for considering this complaint.",
      ]),
      replyWithinDays: REPLY_DAYS,
      citations: [...new Set(["R-CMP-LGSCO", ...matter.citations])],
    };
  },
};
