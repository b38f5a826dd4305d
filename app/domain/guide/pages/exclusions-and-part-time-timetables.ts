// Guide page: exclusions, being sent home and part-time timetables, and the other things that
// happen in the school day (restraint, absence, fines). Numbers come from the school-day rules'
// constants and the law catalogue, never typed into the prose.
import type { GuidePage } from "../guide-page";
import {
  FULL_TIME_EDUCATION_FROM_DAY,
  SUSPENSION_CAP_DAYS,
  TERM_DAYS_MANDATORY_MEETING,
  TERM_DAYS_REPRESENTATIONS,
} from "../../school-day/school-day-rules";

export const EXCLUSIONS_AND_PART_TIME_TIMETABLES: GuidePage = {
  slug: "exclusions-and-part-time-timetables",
  title: "Exclusions, being sent home and part-time timetables",
  summary:
    "What the rules say when a school sends your child home, suspends or excludes them, puts them on a part-time timetable, or uses restraint. Write down each time it happens: it helps you act.",
  sections: [
    {
      heading: "Being sent home is an exclusion",
      paragraphs: [
        "Some schools ask a parent to collect their child early, to keep them at home for a day, or to take them home to calm down. If this is not a formal exclusion, it is not allowed. This is so even if you agree to it, and even for half a day.",
        "Any time a school makes a child leave for a reason of behaviour, it must be a formal exclusion. The school must write it down and tell you in writing. A school should not ask you to keep your child at home because it cannot meet their special educational needs (SEN).",
        "Write down each time: the date, the time, who called you, what they said, and how much of the day your child missed.",
      ],
      rules: ["R-DAY-EXCL-INFORMAL"],
    },
    {
      heading: "Suspensions",
      paragraphs: [
        "A suspension is when the head teacher tells a child to stay away from school for a set time. It can be for part of a day. Only the head can decide it.",
        "The school must tell you why, and for how long, in writing. The letter should reach you by the end of the afternoon on the first day. It should also say how you can give your views to the governors.",
        `From day ${FULL_TIME_EDUCATION_FROM_DAY} of a suspension, the school must give your child full-time education somewhere else. Suspensions that come one after another count as one.`,
        `A child can be suspended for at most ${SUSPENSION_CAP_DAYS} school days in one school year.`,
      ],
      rules: ["R-DAY-EXCL-NOTICE", "R-DAY-EXCL-6TH-DAY", "R-DAY-EXCL-45"],
    },
    {
      heading: "The governors",
      paragraphs: [
        `If your child has been suspended for more than ${TERM_DAYS_REPRESENTATIONS} school days in a term, you can ask the governors to think about taking your child back. Over ${TERM_DAYS_MANDATORY_MEETING} school days in a term, or if your child would miss a public exam, the governors must meet to think about it.`,
        "How long the governors have to decide has not yet been checked against the law's own text. Clearpath shows these as dates to aim for, so you can act early.",
      ],
      rules: ["R-DAY-EXCL-GOV-DUTY", "R-DAY-EXCL-GOV-TIME"],
    },
    {
      heading: "Permanent exclusion",
      paragraphs: [
        "A permanent exclusion means your child cannot go back to the school. The council must give your child full-time education from the sixth school day.",
        "If the governors do not take your child back, you can ask for an independent review panel. Ask as soon as you can, because a late request can be refused. You can ask for an SEN expert to be at the panel, even if the school says your child has no SEN.",
      ],
      rules: ["R-DAY-EXCL-6TH-DAY", "R-DAY-EXCL-IRP", "R-DAY-EXCL-SEN-EXPERT"],
    },
    {
      heading: "Part-time timetables",
      paragraphs: [
        "Every child of school age has a right to full-time education. A part-time timetable should only be used for a short time, for a good reason, such as a health need or a planned return to school.",
        "It needs your agreement. It should have a date to go back to full-time, and it should be looked at again often. It must not be used as a punishment. If your child has an education, health and care (EHC) plan, the council should be told.",
        "Time out of school on an agreed part-time timetable should be marked as allowed absence, not as unauthorised.",
      ],
      rules: ["R-DAY-PTT", "R-DAY-PTT-CODE"],
    },
    {
      heading: "Restraint and seclusion",
      paragraphs: [
        "Schools must write down each serious time staff hold or move a child, or keep a child in a room they cannot leave. They must tell you about it. The rules say you should be told in writing the same day, but the exact wording has not yet been checked.",
      ],
      rules: ["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT"],
    },
    {
      heading: "Absence and fines",
      paragraphs: [
        "If your child finds it hard to attend because of their needs, the school should offer help first, before any fine. If your child is too ill to go to school, the council should arrange education for them.",
      ],
      rules: ["R-DAY-ATT-SEND", "R-DAY-PENALTY", "R-DAY-HEALTH-15", "R-DAY-S19"],
    },
    {
      heading: "How Clearpath helps",
      paragraphs: [
        "Add each thing that happens on the school day page. Clearpath counts the school days your child has lost, shows the dates that follow and the rules that apply, and writes letters from your records. Add the school's term dates so the counts are exact.",
      ],
    },
  ],
  tools: [
    { label: "Record what happened in the school day", screen: "school-day" },
    { label: "Add the school's term dates", screen: "school-day/terms" },
  ],
};
