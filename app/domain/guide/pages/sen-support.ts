// Guide page: SEN support in school and the assess, plan, do, review cycle.
import type { GuidePage } from "../guide-page";

export const SEN_SUPPORT: GuidePage = {
  slug: "sen-support",
  title: "SEN support and the Assess, Plan, Do, Review cycle",
  summary:
    "How a school gives special educational needs (SEN) support through a cycle of four steps, and what a good plan looks like.",
  sections: [
    {
      heading: "Good teaching comes first",
      paragraphs: [
        "Every child should get good teaching that is shaped to fit them. For a child with SEN, this is the first step. Extra help cannot make up for weak teaching. Schools must do their best to get each child the help their needs call for.",
        "Good teaching for a child with SEN might include:",
      ],
      bullets: [
        "instructions broken into small steps",
        "pictures and other visual prompts",
        "an example to follow before working alone",
        "chances to practise the same thing again",
        "extra time to think before answering",
      ],
      rules: ["R-SCH-QFT", "R-SCH-BEST-ENDEAVOURS"],
    },
    {
      heading: "What SEN support is",
      paragraphs: [
        "When a school decides a child has SEN, it should put help in place. This is called SEN support. The school must tell you when it starts.",
        "SEN support runs in a cycle of four steps: assess, plan, do and review. Schools often shorten this to APDR, for assess, plan, do, review. The cycle repeats. Each time round, the school should learn more about what works and change the help to match.",
        "The class teacher leads the work with the special educational needs co-ordinator (SENCO). You and your child should take part at every step.",
      ],
      rules: ["R-SCH-GRADUATED", "R-SCH-INFORM-PARENTS", "R-SCH-APDR-PLAN"],
    },
    {
      heading: "Assess",
      paragraphs: [
        "The teacher and the SENCO look closely at your child's needs. They may use what the teacher sees in class, test results, samples of work, your views and your child's views. Reports from outside experts can help too.",
        "You can help by telling the school what you see at home and sharing any reports you have. Ask which needs they have found.",
      ],
      rules: ["R-SCH-APDR-ASSESS"],
    },
    {
      heading: "Plan",
      paragraphs: ["The school should agree a plan with you and your child. A good plan says:"],
      bullets: [
        "what your child finds hard",
        "the targets, in words you can understand",
        "what help will be given",
        "who will give it, how often and for how long",
        "what success will look like",
        "the date it will be reviewed",
      ],
      rules: ["R-SCH-APDR-PLAN"],
    },
    {
      heading: "Do",
      paragraphs: [
        "The help is given as planned. The class teacher stays in charge of your child each day. This is still true when a teaching assistant or a specialist runs sessions outside the class.",
        "It is fair to ask who gives each session, how often it happens, and whether your child misses key lessons for it. Help that often gets cancelled will not work well.",
      ],
      rules: ["R-SCH-APDR-DO"],
    },
    {
      heading: "Review",
      paragraphs: [
        "On the agreed date, the school checks how well the help worked. It should then change the plan with you and your child. Schools should meet parents at least three times a year to set goals and look at progress. They should keep records of the help given and share them with you.",
        "A review might decide to:",
      ],
      bullets: [
        "keep the help as it is",
        "change the help",
        "add more help",
        "ask an outside expert for advice",
        "think about asking the council for an education, health and care (EHC) needs assessment",
      ],
      rules: ["R-SCH-APDR-REVIEW", "R-SCH-MEET-3", "R-SCH-RECORDS"],
    },
    {
      heading: "When progress is slow",
      paragraphs: [
        "Slow progress does not mean your child is not trying. It means the plan needs to change. A plan copied from one term to the next, with no change, is a warning sign.",
        "Each school must also publish a report on how it supports children with SEN, and update it every year. It is usually on the school website.",
      ],
      rules: ["R-SCH-INFO-REPORT"],
    },
  ],
  tools: [
    { label: "Start a new cycle of support", screen: "support/new" },
    { label: "See each cycle of support", screen: "support" },
    { label: "Check the help given against the plan", screen: "audit" },
    { label: "Record how your child is doing", screen: "progress" },
  ],
};
