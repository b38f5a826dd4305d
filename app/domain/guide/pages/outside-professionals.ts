// Guide page: the outside professionals who assess and advise (EP, SALT, OT, CAMHS and others).
import type { GuidePage } from "../guide-page";

export const OUTSIDE_PROFESSIONALS: GuidePage = {
  slug: "outside-professionals",
  title: "Outside professionals who can help",
  summary:
    "Who the outside experts are, what each one does, and when a school should ask them to help with your child's special educational needs (SEN).",
  sections: [
    {
      heading: "Why outside experts matter",
      paragraphs: [
        "If a child keeps making less progress than expected, even with well-chosen help, the school should think about asking a specialist. An expert can explain how your child learns, what gets in the way, and what help would work.",
        "Their reports carry weight. They often shape the help in an education, health and care (EHC) plan. A school should ask for outside help when:",
      ],
      bullets: [
        "no one is sure what your child's needs are",
        "progress is slower than expected",
        "the help in place is not making enough difference",
        "staff need expert advice",
        "evidence is needed for an EHC needs assessment",
      ],
      rules: ["R-SCH-SPECIALISTS"],
    },
    {
      heading: "Educational psychologist",
      paragraphs: [
        "An educational psychologist (EP) is an expert in how children think, learn and feel. An EP may test memory and how fast your child takes things in, watch them in class, and talk to you, the teachers and your child. The report sets out your child's needs and the help that would work.",
        "During an EHC needs assessment, the council must ask an EP for advice.",
      ],
      rules: ["R-EHCNA-ADVICE"],
    },
    {
      heading: "Speech and language therapist",
      paragraphs: [
        "A speech and language therapist (SALT) helps with understanding words, using words, speech sounds and social skills. This is not only for children who are slow to talk. Ideas from a SALT might include pictures, simple language, teaching new words early, and small social groups.",
        "Therapy that helps a child learn counts as educational help in the law. So in an EHC plan, speech and language therapy usually belongs in Section F, the part the council must make sure is given.",
      ],
      rules: ["R-DEF-HEALTH-CARE-AS-SEP", "R-EHCP-DUTY"],
    },
    {
      heading: "Occupational therapist and physiotherapist",
      paragraphs: [
        "An occupational therapist (OT) helps with handwriting, balance, the senses and everyday tasks like getting dressed. Ideas from an OT might include movement breaks, special seating, handwriting work and tools to help a child stay calm.",
        "A physiotherapist helps with moving, muscles and joints. They can suggest exercises and changes that make it easier to get around school.",
      ],
    },
    {
      heading: "Mental health and other services",
      paragraphs: [
        "Child and adolescent mental health services (CAMHS) help children with worry, low mood, trauma, eating problems and self-harm. Waiting lists are often long, so ask early.",
        "A paediatrician is a doctor for children. Specialist teachers support children with autism, hearing loss, sight loss or dyslexia. They show schools how to adapt teaching and the classroom.",
      ],
    },
    {
      heading: "If the school will not ask for help",
      paragraphs: [
        "Schools sometimes wait because of waiting lists, staff shortages or money. But help should depend on what your child needs, not on the budget. You can:",
      ],
      bullets: [
        "ask in writing which services the school has contacted, and when",
        "ask the school to make the referral",
        "ask your family doctor about a referral",
        "check if the service takes requests from parents",
        "think about a private report, if you can",
      ],
    },
  ],
  tools: [
    { label: "Track referrals and reports", screen: "professionals" },
    { label: "Check each report's advice is being followed", screen: "reports" },
    { label: "Ask the school for a referral", screen: "letters?kind=referral_request#write" },
  ],
};
