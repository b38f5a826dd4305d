// Guide page: what special educational needs are, and why a label is not needed to get help.
import type { GuidePage } from "../guide-page";

export const WHAT_IS_SEN: GuidePage = {
  slug: "what-is-sen",
  title: "What special educational needs are",
  summary:
    "What special educational needs (SEN) means, why your child does not need a diagnosis to get help, and why it is worth acting early.",
  sections: [
    {
      heading: "What the words mean",
      paragraphs: [
        "Some children find learning much harder than most children of their age. Others have a disability that gets in the way of school life. If this means a child needs extra or different help to learn, the law says the child has special educational needs. People often shorten this to SEN.",
        "The help itself has a name too. It is called special educational provision. It means teaching or support that is extra to, or different from, what most children of the same age get at an ordinary school.",
        "SEN is not a label that puts a limit on your child. It is a way of making sure the right help is put in place.",
      ],
      rules: ["R-DEF-SEN", "R-DEF-SEP"],
    },
    {
      heading: "What SEN can look like",
      paragraphs: [
        "Every child is different. A child with SEN may find one or more of these things hard:",
      ],
      bullets: [
        "understanding what people say, or finding the right words",
        "reading, writing, spelling or numbers",
        "keeping focus, planning and getting organised",
        "making friends and joining in",
        "coping with strong feelings or worry",
        "noise, light, touch or other things the senses pick up",
        "moving about, or getting around the school",
      ],
    },
    {
      heading: "You do not need a diagnosis",
      paragraphs: [
        "The law looks at what your child needs, not at a medical label. Many children get help long before anyone gives a diagnosis. Some never get one at all.",
        "This is true for bigger steps too. You can ask the council to look at your child's needs in detail without a diagnosis.",
      ],
      rules: ["R-DEF-SEN", "R-EHCNA-NOT-NEEDED"],
    },
    {
      heading: "SEN and disability",
      paragraphs: [
        "Some children with SEN are also disabled under the Equality Act 2010. In that law, a disability is a physical or mental condition that has a big and long-lasting effect on everyday life. Long-lasting usually means a year or more.",
        "Not every child with SEN is disabled, and not every disabled child has SEN. If your child is disabled, the school has a second duty. It must make reasonable changes so your child is not left at a disadvantage.",
      ],
      rules: ["R-DEF-DISABILITY", "R-EQ-ADJ", "R-EQ-SCHOOL-DUTY"],
    },
    {
      heading: "Why it helps to act early",
      paragraphs: [
        "The sooner a need is spotted, the sooner help can start. Early help tends to work better. Councils have a duty to find the children in their area who have or may have SEN. Schools must do their best to get each child the help their needs call for.",
        "If you are worried, talk to your child's teacher. You do not have to wait for the school to raise it first. Write down what you have noticed, with dates and examples. Small notes can add up to strong evidence later.",
      ],
      rules: ["R-LA-IDENTIFY", "R-SCH-BEST-ENDEAVOURS"],
    },
    {
      heading: "Who this guide is for",
      paragraphs: [
        "In the law, a parent is anyone with parental responsibility for a child, or anyone who looks after them. That can include a step-parent or another carer the child lives with.",
        "Once a young person is past school age, many rights pass to them. This lasts until they turn 25. Parents can still help them.",
        "Every council must offer free information, advice and support about SEN. This is often called SENDIASS. This guide gives information, not legal advice.",
      ],
      rules: ["R-DEF-PARENT", "R-DEF-CHILD-YP", "R-DEF-YP-RIGHTS", "R-LA-IAS"],
    },
  ],
  tools: [
    { label: "Write down your child's needs", screen: "needs" },
    { label: "Add your child's details and views", screen: "profile" },
    { label: "See where you are on the journey", screen: "journey" },
  ],
};
