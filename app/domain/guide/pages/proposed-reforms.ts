// Guide page: the reforms the Government has proposed (the Schools White Paper, February 2026),
// kept apart from the law in force. Every proposal is cited by its "P-" entry, which the page
// shows as "a proposal, not law"; what is law today is cited by its "R-" rules.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const PROPOSED_REFORMS: GuidePage = {
  slug: "proposed-reforms",
  title: "Proposed changes to the law",
  summary:
    "The Government has proposed changes to support for children with special educational needs (SEN). None of them is law yet. This page says what is proposed and what the law is today.",
  sections: [
    {
      heading: "Nothing has changed yet",
      paragraphs: [
        "The law today is the Children and Families Act 2014, the rules made under it in 2014, and the Code of Practice that goes with them. All of it still applies. Your child can still have an education, health and care (EHC) needs assessment and an EHC plan. The time limits still apply, and you can still appeal.",
        "A proposal is only a plan. It changes nothing until Parliament passes a new law and that law comes into force. New rules and a new Code would then be needed too. If anyone tells you your child's help has already changed because of these plans, that is wrong.",
      ],
      rules: ["R-EHCNA-TEST", "R-EHCP-DUTY", "R-APP-WHAT", "P-REFORM-BILL"],
    },
    {
      heading: "What the Government has proposed",
      paragraphs: [
        "In February 2026 the Government published a plan for schools, called a white paper. It asked people for their views until May 2026. These are some of the ideas in it:",
      ],
      bullets: [
        "Every school, nursery and college would write a support plan with you for each child with SEN, and check it at least once a year.",
        "EHC plans would be kept for children with the most complex needs, on one form used across England.",
        "Children who have a plan now would keep it until the next move to a new school. A child with a place at a special school in 2029 could keep that place to the end of that stage.",
        "The tribunal might no longer be able to name a school in a plan. It could only ask the council to think again.",
        "Most changes would start in 2029 or 2030. Sources do not agree on the year.",
      ],
      rules: ["P-REFORM-WHITE-PAPER", "P-REFORM-ISP", "P-REFORM-EHCP", "P-REFORM-PROTECT", "P-REFORM-TRIBUNAL", "P-REFORM-DATES"],
    },
    {
      heading: "What you can do today",
      paragraphs: [
        `Use the rights you have now. If you think your child needs an EHC plan, you can ask for an assessment, and the council must say within ${periodOf("R-EHCNA-DECIDE")} whether it will do one. If you disagree with a decision, you can appeal to the special educational needs and disability tribunal, known as the SEND Tribunal, within ${periodOf("R-APP-DEADLINE", "decision")} of the letter.`,
        "Clearpath works out every date from the law as it is today. It will change only when the law does.",
      ],
      rules: ["R-EHCNA-DECIDE", "R-APP-DEADLINE"],
    },
  ],
  tools: [
    { label: "Follow the council's time limits", screen: "statutory" },
    { label: "Write a request for an assessment", screen: "letters?kind=ehcna_request#write" },
  ],
};
