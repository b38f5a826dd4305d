// Guide page: the glossary, the guide's words and short forms in A to Z order with short meanings.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const GLOSSARY: GuidePage = {
  slug: "glossary",
  title: "Glossary",
  summary:
    "Short meanings for the words and short forms you will meet in special educational needs (SEN) support and education, health and care (EHC) plans.",
  sections: [
    {
      heading: "How to use this list",
      paragraphs: [
        "The words below are in A to Z order. Each one has a short meaning in plain words. The other pages of the guide explain each idea in more depth.",
        "Short forms are listed by their letters, with the full words beside them. If a school or council uses a word you do not know, it is fine to ask what it means. Staff use these words every day and can forget that they are new to you.",
      ],
    },
    {
      heading: "Words that are easy to mix up",
      paragraphs: ["Some pairs of words sound alike but mean different things:"],
      bullets: [
        "SEN support is help from the school. An EHC plan is a legal document from the council.",
        "Needs are what your child finds hard. Provision is the help that meets those needs.",
        "A target is a short-term goal in school. An outcome is the wider difference help should make, set out in a plan.",
        "Assess is the first step of the school's cycle. An EHC needs assessment is done by the council.",
      ],
    },
    {
      heading: "Where the meanings come from",
      paragraphs: [
        "Many of these words have a meaning set by law. The meanings here are in our own plain words. They follow the Children and Families Act 2014, the Code of Practice that goes with it, and the Equality Act 2010. They are a guide, not legal advice.",
      ],
      rules: [
        "R-DEF-SEN",
        "R-DEF-SEP",
        "R-DEF-CHILD-YP",
        "R-DEF-YP-RIGHTS",
        "R-DEF-PARENT",
        "R-DEF-DISABILITY",
        "R-DEF-AREAS",
        "R-SCH-SENCO",
        "R-SCH-GRADUATED",
        "R-EQ-ADJ",
        "R-EHCNA-TEST",
        "R-EHCNA-DRAFT",
        "R-EHCP-SECTIONS",
        "R-EHCP-OUTCOMES",
        "R-EHCP-DUTY",
        "R-EHCP-PERSONAL-BUDGET",
        "R-AR-12M",
        "R-AR-PHASE",
        "R-APP-WHAT",
        "R-APP-MEDIATION",
        "R-CMP-LGSCO",
        "R-CMP-JR",
        "R-LA-LOCAL-OFFER",
        "R-LA-IAS",
      ],
    },
  ],
  tools: [
    { label: "Write down your child's needs", screen: "needs" },
    { label: "See where you are on the journey", screen: "journey" },
  ],
  glossary: [
    {
      term: "Academy",
      meaning:
        "A state school that is paid for by the government but run by a trust, not by the council.",
    },
    {
      term: "Annual review",
      meaning:
        `The check of an EHC plan that must happen at least once every ${periodOf("R-AR-12M")}, with a meeting.`,
    },
    {
      term: "APDR (assess, plan, do, review)",
      meaning: "The four-step cycle a school uses to plan, give and check SEN support.",
    },
    {
      term: "Area of need",
      meaning:
        "One of four broad groups schools use to plan help: communication and interaction; cognition and learning; social, emotional and mental health; and sensory and physical needs.",
    },
    {
      term: "CAMHS (child and adolescent mental health services)",
      meaning: "Health services that help children and young people with their mental health.",
    },
    {
      term: "Code of Practice",
      meaning:
        "The official guidance on how the SEN system works in England. Councils and schools must take it into account.",
    },
    {
      term: "Council",
      meaning:
        "The local authority for your area. It carries out EHC needs assessments and is in charge of EHC plans.",
    },
    {
      term: "Diagnosis",
      meaning:
        "A doctor's or expert's name for a condition, such as autism or dyslexia. You do not need one to get help.",
    },
    {
      term: "Disability",
      meaning:
        "In the Equality Act 2010, a physical or mental condition with a big and long-lasting effect on everyday life.",
    },
    {
      term: "Draft plan",
      meaning: "The first version of an EHC plan. You can comment on it before it is made final.",
    },
    {
      term: "Educational psychologist (EP)",
      meaning: "An expert in how children think, learn and feel.",
    },
    {
      term: "EHC needs assessment",
      meaning:
        "The council's close look at a child's education, health and care needs, to decide whether they need a plan.",
    },
    {
      term: "EHC plan",
      meaning:
        "An education, health and care plan: a legal document that sets out a child's needs and the help they must get. Some people call it an EHCP.",
    },
    {
      term: "Equality Act 2010",
      meaning:
        "The law against unfair treatment. It includes the duty to make reasonable adjustments.",
    },
    {
      term: "Graduated approach",
      meaning:
        "Another name for the cycle of assess, plan, do and review, where help grows as needs become clearer.",
    },
    {
      term: "Judicial review",
      meaning: "A way to ask a court to check whether a council acted within the law.",
    },
    {
      term: "Local Offer",
      meaning:
        "The council's list of the help and services it expects to be there for children with SEN or disabilities.",
    },
    {
      term: "Mainstream school",
      meaning: "An ordinary school for all children, rather than a special school.",
    },
    {
      term: "Mediation",
      meaning:
        "A meeting with someone who takes no side, who helps you and the council try to agree.",
    },
    {
      term: "Mediation certificate",
      meaning: "A paper from a mediation adviser. You need one before most appeals.",
    },
    {
      term: "Occupational therapist (OT)",
      meaning: "An expert who helps with handwriting, balance, the senses and everyday tasks.",
    },
    {
      term: "Ombudsman",
      meaning:
        "The Local Government and Social Care Ombudsman looks into complaints about how a council did its job.",
    },
    {
      term: "Outcome",
      meaning:
        "The difference that help should make for a child. Outcomes are set out in Section E of an EHC plan.",
    },
    {
      term: "Parent",
      meaning: "Anyone with parental responsibility for a child, or anyone who looks after them.",
    },
    {
      term: "Personal budget",
      meaning: "Money for some of the help in an EHC plan. You get a say in how it is spent.",
    },
    {
      term: "Phase transfer",
      meaning:
        "A move from one stage of education to the next, such as from primary to secondary school.",
    },
    {
      term: "Provision",
      meaning:
        "The help a child gets. Special educational provision is help that is extra to, or different from, what most children of the same age get.",
    },
    {
      term: "Provision map",
      meaning: "A school's list of the help it offers, who gives it, and how often.",
    },
    {
      term: "Reasonable adjustment",
      meaning:
        "A change a school must make so that a disabled pupil is not at an unfair disadvantage.",
    },
    {
      term: "Sections of an EHC plan",
      meaning:
        "The lettered parts of a plan. B is needs, E is outcomes, F is the special educational help, and I is the school or college.",
    },
    {
      term: "SEN (special educational needs)",
      meaning:
        "A child has SEN when a learning difficulty or disability means they need extra or different help to learn.",
    },
    {
      term: "SEN support",
      meaning:
        "The help a school gives a child with SEN from its own resources, without an EHC plan.",
    },
    {
      term: "SENCO (special educational needs co-ordinator)",
      meaning: "The teacher who runs SEN support in a school.",
    },
    {
      term: "SEND (special educational needs and disabilities)",
      meaning:
        "A short way to name the whole system of help for children with SEN or a disability.",
    },
    {
      term: "SEND Tribunal",
      meaning:
        "The special educational needs and disability tribunal. It hears appeals against council decisions about EHC plans.",
    },
    {
      term: "SENDIASS",
      meaning:
        "Your council's free information, advice and support service for SEN and disability.",
    },
    {
      term: "Speech and language therapist (SALT)",
      meaning:
        "An expert who helps with understanding and using words, speech sounds and social skills.",
    },
    {
      term: "Target",
      meaning:
        "A short-term goal in a plan for SEN support. It should be clear and easy to measure.",
    },
    {
      term: "Young person",
      meaning:
        "In SEN law, someone past school age and under 25. Many rights pass to them at this age.",
    },
  ],
};
