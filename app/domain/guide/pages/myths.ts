// Guide page: common beliefs about SEN and EHC plans that are not true, each set against the law.
import type { GuidePage } from "../guide-page";

export const MYTHS: GuidePage = {
  slug: "myths",
  title: "Myths and facts",
  summary:
    "Things parents are often told about special educational needs (SEN) and education, health and care (EHC) plans that are not true.",
  sections: [
    {
      heading: "Myth: your child needs a diagnosis first",
      paragraphs: [
        "Fact: the law looks at needs, not labels. A child can get SEN support without a diagnosis. You can also ask for an EHC needs assessment without one.",
      ],
      rules: ["R-DEF-SEN", "R-EHCNA-NOT-NEEDED"],
    },
    {
      heading: "Myth: the school has to agree",
      paragraphs: [
        "Fact: you can ask the council for an assessment yourself. The school does not have to agree, and it does not have to make the request. The council decides, not the school. A request from a parent counts just as much as one from a school.",
      ],
      rules: ["R-EHCNA-WHO", "R-EHCNA-NOT-NEEDED"],
    },
    {
      heading: "Myth: you must wait for a set number of support cycles",
      paragraphs: [
        "Fact: there is no minimum number of cycles of assess, plan, do and review, and no set wait. If you think your child may need a plan, you can ask now. The council will look at the progress your child has made and what the school has done.",
      ],
      rules: ["R-EHCNA-NOT-NEEDED"],
    },
    {
      heading: "Myth: young people over 16 need a parent to ask",
      paragraphs: [
        "Fact: once past school age, a young person aged 16 to 25 can ask for an assessment, and appeal, in their own name. Parents can still help them.",
      ],
      rules: ["R-DEF-YP-RIGHTS", "R-EHCNA-WHO"],
    },
    {
      heading: "Myth: the school must spend a set amount first",
      paragraphs: [
        "Fact: schools do have some money set aside for SEN support. But this is a rule about funding. It is not a condition for asking for an assessment. The test is about your child's needs.",
      ],
      rules: ["R-SCH-NOTIONAL", "R-EHCNA-TEST"],
    },
    {
      heading: "Myth: there is no money, so the help cannot be given",
      paragraphs: [
        "Fact: once help is written in Section F of a plan, the council must make sure it is given. Lack of money is not an excuse.",
      ],
      rules: ["R-EHCP-DUTY"],
    },
    {
      heading: "Myth: the deadlines stop in the school holidays",
      paragraphs: [
        "Fact: the time limits keep running in the holidays. Only a few set cases let the council take longer.",
      ],
      rules: ["R-DEF-SCHOOL-HOLIDAYS", "R-EHCNA-EXCEPTIONS"],
    },
    {
      heading: "Myth: adjustments need a plan",
      paragraphs: [
        "Fact: a school must make reasonable adjustments for a disabled child, with or without a plan. It cannot refuse a reasonable aid because there is no plan.",
      ],
      rules: ["R-EQ-SCHOOL-DUTY", "R-EQ-AUX-AIDS"],
    },
    {
      heading: "Myth: appeals hardly ever work",
      paragraphs: [
        "Fact: most appeals decided at a hearing go at least partly the family's way. Many more are settled before a hearing.",
      ],
      rules: ["S-TRIB-WIN"],
    },
    {
      heading: "Myth: slow progress means your child is not trying",
      paragraphs: [
        "Fact: slow progress is a sign that the help needs to change. It is not a reason to keep the same plan, and it is not your child's fault.",
      ],
      rules: ["R-SCH-APDR-REVIEW"],
    },
  ],
  tools: [
    { label: "Write the request to the council", screen: "letters?kind=ehcna_request#write" },
    { label: "See where you are on the journey", screen: "journey" },
    { label: "Follow the council's time limits", screen: "statutory" },
  ],
};
