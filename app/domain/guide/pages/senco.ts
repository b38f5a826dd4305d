// Guide page: the SENCO's role, and how to work well with the school.
import type { GuidePage } from "../guide-page";

export const SENCO: GuidePage = {
  slug: "senco",
  title: "The SENCO's role",
  summary:
    "What the special educational needs co-ordinator (SENCO) does, what you can expect from them, and how to work well together.",
  sections: [
    {
      heading: "Who the SENCO is",
      paragraphs: [
        "Every mainstream school must have a SENCO. The SENCO must be a qualified teacher. They run special educational needs (SEN) support from day to day. They advise other staff and work with parents and outside services.",
        "Your child's class teacher is still in charge of your child in lessons. The SENCO makes sure the teacher has the right plan, advice and help.",
      ],
      rules: ["R-SCH-SENCO", "R-SCH-APDR-DO"],
    },
    {
      heading: "What you can expect",
      paragraphs: ["A good SENCO will:"],
      bullets: [
        "keep you told about your child's help, progress and next steps",
        "make sure each cycle of assess, plan, do and review is done properly",
        "check that help is given on time by staff trained to give it",
        "bring in outside experts when progress stays slow",
        "explain whether an education, health and care (EHC) needs assessment may be right",
        "run reviews that lead to clear next steps",
        "meet you at least three times a year",
      ],
      rules: ["R-SCH-SENCO", "R-SCH-SPECIALISTS", "R-SCH-MEET-3"],
    },
    {
      heading: "Getting ready for a meeting",
      paragraphs: ["Meetings go better when you come prepared. Keep a notebook or a file with:"],
      bullets: [
        "the questions you want answered",
        "what you see at home",
        "your worries about progress",
        "notes from the last meeting",
      ],
    },
    {
      heading: "Keep emails short and clear",
      paragraphs: ["Short, clear emails help avoid mix-ups. For example, you could ask:"],
      bullets: [
        "“Which help is in place for my child right now?”",
        "“Who gives each session, and how often?”",
        "“Can we agree a date to review progress against the targets?”",
      ],
    },
    {
      heading: "Ask for things in writing",
      paragraphs: [
        "After a meeting or a phone call, send a short email that sums up what was agreed. If you are told that help is in place, it is fair to ask for that in writing. Schools should keep records of the help given and share them with you.",
      ],
      rules: ["R-SCH-RECORDS"],
    },
    {
      heading: "Share what you see at home",
      paragraphs: [
        "Staff see one side of your child, and you see another. Tell the SENCO if your child struggles with homework, is worried before school, finds noise or clothes hard to bear, or has changes in mood. This helps the school plan the right help.",
        "When you disagree, try to keep the talk on what could work next. You might ask, “What else could we try?” or “What will we do if progress stays slow?”",
      ],
    },
    {
      heading: "When things are not working",
      paragraphs: [
        "Some SENCOs have too little time for the role. Signs include slow replies, missed reviews, plans that never change, and staff who seem unsure what to do. These are often about time, not goodwill. But they still affect your child.",
        "You can ask for a meeting and put your concerns in writing. If things do not improve, raise it with the head teacher, then use the school's complaints process.",
      ],
      rules: ["R-CMP-SCHOOL"],
    },
  ],
  tools: [
    { label: "Add the SENCO's details", screen: "profile" },
    { label: "Prepare for a meeting", screen: "meetings" },
    { label: "Keep a log of emails and letters", screen: "correspondence" },
  ],
};
