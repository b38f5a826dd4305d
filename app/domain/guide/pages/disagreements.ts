// Guide page: disagreements: talking, mediation, appeals to the tribunal, complaints and the Ombudsman.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const DISAGREEMENTS: GuidePage = {
  slug: "disagreements",
  title: "When you disagree: mediation, appeals and complaints",
  summary:
    "The routes open to you when you disagree with a school or the council: talking it through, mediation, an appeal to the tribunal, complaints, and the Ombudsman.",
  sections: [
    {
      heading: "Start by talking",
      paragraphs: [
        "Most problems are solved by talking. Raise it first with the teacher and the special educational needs co-ordinator (SENCO), then with the head teacher. If that does not work, use the school's complaints process. After that, you can go to the Department for Education.",
        "Your council must offer free information, advice and support, often called SENDIASS. They can help you work out the best route.",
      ],
      rules: ["R-CMP-SCHOOL", "R-LA-IAS"],
    },
    {
      heading: "What you can appeal",
      paragraphs: [
        "The special educational needs and disability tribunal, known as the SEND Tribunal, hears appeals against council decisions about education, health and care (EHC) plans. You can appeal against:",
      ],
      bullets: [
        "a refusal to carry out an EHC needs assessment",
        "a decision not to make a plan after an assessment",
        "the needs in Section B, the help in Section F, or the school in Section I",
        "a refusal to assess again, or to change a plan after a review",
        "a decision to end a plan",
      ],
      rules: ["R-APP-WHAT"],
    },
    {
      heading: "Mediation",
      paragraphs: [
        `Mediation is a meeting with someone who takes no side. They help you and the council try to agree. Before most appeals, you must contact a mediation adviser within ${periodOf("R-APP-MEDIATION")} of the decision letter. You do not have to take part in mediation, but you do need the certificate the adviser gives you.`,
        `If you do not want mediation, the certificate should come within ${periodOf("R-APP-MEDIATION-TIMES", "certificate")}. If you do, the council must set it up within ${periodOf("R-APP-MEDIATION-TIMES", "mediation")}. An appeal only about the school named does not need a certificate. Without a certificate, you can still ask the tribunal for permission to appeal.`,
      ],
      rules: ["R-APP-MEDIATION", "R-APP-MEDIATION-TIMES", "R-APP-NO-CERT"],
    },
    {
      heading: "The appeal deadline",
      paragraphs: [
        `Your appeal must reach the tribunal within ${periodOf("R-APP-DEADLINE", "decision")} of the date the decision letter was sent. If you have a mediation certificate, you can use ${periodOf("R-APP-DEADLINE", "certificate")} from the date on it instead, if that ends later. Weekends and holidays count. The tribunal can allow a late appeal, but do not rely on it.`,
        "In an appeal, you can also ask the tribunal for its view on the health and social care parts of the plan. Those views are not binding, but the health or care body must reply with reasons.",
      ],
      rules: ["R-APP-DEADLINE", "R-DEF-DAYS", "R-APP-NATIONAL-TRIAL"],
    },
    {
      heading: "What happens in appeals",
      paragraphs: [
        "Most appeals decided at a hearing go at least partly the family's way. If the council gives in before the hearing, it must then act within set times.",
      ],
      rules: ["S-TRIB-WIN", "R-APP-COMPLY"],
    },
    {
      heading: "Complaints about the council",
      paragraphs: [
        `Some problems cannot be appealed, such as delays, missed deadlines, or help in a plan that is not given. Use the council's complaints process first. Then you can go to the Local Government and Social Care Ombudsman, normally within ${periodOf("R-CMP-LGSCO")}. The Ombudsman does not usually look at things you could take to the tribunal.`,
      ],
      rules: ["R-CMP-LGSCO", "R-EHCP-DUTY"],
    },
    {
      heading: "Other routes",
      paragraphs: [
        `If a school has treated your disabled child unfairly, you can bring a claim to the SEND Tribunal within ${periodOf("R-EQ-CLAIM", "claim")}. If a council has acted against the law, a court can look at it through judicial review. That claim must be made quickly, and within ${periodOf("R-CMP-JR")} at most. You will need a lawyer for this.`,
        "Whatever route you take, keep copies of letters and emails, note dates, and stick to the facts. This guide gives information, not legal advice.",
      ],
      rules: ["R-EQ-CLAIM", "R-CMP-JR"],
    },
  ],
  tools: [
    { label: "Follow the appeal and mediation dates", screen: "statutory" },
    {
      label: "Ask for the reasons for a decision",
      screen: "letters?kind=decision_reasons_request#write",
    },
    { label: "Complain to the council", screen: "letters?kind=la_complaint#write" },
    { label: "Complain to the Ombudsman", screen: "letters?kind=ombudsman_complaint#write" },
    { label: "Build an evidence pack", screen: "evidence-packs" },
  ],
};
