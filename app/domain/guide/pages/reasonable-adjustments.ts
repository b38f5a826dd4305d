// Guide page: reasonable adjustments under the Equality Act 2010, a duty separate from SEN support.
import type { GuidePage } from "../guide-page";
import { periodOf } from "../../law/statements";

export const REASONABLE_ADJUSTMENTS: GuidePage = {
  slug: "reasonable-adjustments",
  title: "Reasonable adjustments",
  summary:
    "Schools must make fair changes for disabled pupils under the Equality Act 2010. This duty sits alongside special educational needs (SEN) support, not in place of it.",
  sections: [
    {
      heading: "A separate duty",
      paragraphs: [
        "The Equality Act 2010 is a law against unfair treatment. It says schools must make reasonable adjustments for disabled pupils. This is a different duty from SEN support. A child can need both.",
        "In this law, a disability is a physical or mental condition that has a big and long-lasting effect on everyday life. Long-lasting usually means a year or more. Many children with SEN count as disabled. The test looks at the effect on your child's daily life, not at a label.",
      ],
      rules: ["R-EQ-ADJ", "R-EQ-SCHOOL-DUTY", "R-DEF-DISABILITY"],
    },
    {
      heading: "What the duty covers in school",
      paragraphs: [
        "For schools, the duty covers two things. The first is changing the way things are done, such as a rule or a usual way of working. The second is giving extra aids and services, such as a laptop or a helper. Changes to buildings are dealt with in a different way, through the school's plan for access.",
        "The duty is owed to disabled pupils as a group, so a school should plan ahead and not wait to be asked. A school cannot refuse a reasonable aid just because your child has no education, health and care (EHC) plan.",
      ],
      rules: ["R-EQ-SCH13", "R-EQ-AUX-AIDS"],
    },
    {
      heading: "Examples of adjustments",
      paragraphs: [
        "What is reasonable depends on the child and the school. Common examples include:",
      ],
      bullets: [
        "shorter, simpler instructions, with pictures",
        "other ways to record work, such as typing",
        "a seat away from noise and busy areas",
        "short breaks to move about",
        "ear defenders to block out noise",
        "a trusted adult to go to",
        "a calm place to go when upset",
        "a quieter way into school at the start of the day",
        "extra time or rest breaks in tests",
      ],
    },
    {
      heading: "Not special treatment",
      paragraphs: [
        "Adjustments are not a favour. They let your child learn on fair terms with others. Schools must not treat a disabled pupil badly because of their disability, or because of something linked to it, unless they can show a good reason.",
      ],
      rules: ["R-EQ-NO-DISCRIM"],
    },
    {
      heading: "How to ask",
      paragraphs: [
        "Ask in writing. Say what your child finds hard, what change you would like, and why it would help. Keep a note of what was asked for, what was agreed, what was put in place, and what was refused, with dates.",
        "If the answer is no, ask for the reasons in writing. You can then raise it with the head teacher and use the school's complaints process.",
      ],
      rules: ["R-CMP-SCHOOL"],
    },
    {
      heading: "If you think the school has been unfair",
      paragraphs: [
        `You can bring a claim of disability discrimination against a school to the special educational needs and disability tribunal, known as the SEND Tribunal. The claim must be made within ${periodOf("R-EQ-CLAIM", "claim")} of what happened. If it went on over time, the ${periodOf("R-EQ-CLAIM", "claim")} start from when it ended. The tribunal can sometimes accept a late claim, but do not count on it.`,
      ],
      rules: ["R-EQ-CLAIM"],
    },
  ],
  tools: [
    { label: "Keep track of adjustments", screen: "adjustments" },
    {
      label: "Ask for a reasonable adjustment",
      screen: "letters?kind=reasonable_adjustment_request#write",
    },
  ],
};
