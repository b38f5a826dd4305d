// Guide page: the four broad areas of need, and the signs a parent might notice in each.
import type { GuidePage } from "../guide-page";

export const AREAS_OF_NEED: GuidePage = {
  slug: "areas-of-need",
  title: "The four areas of need and their signs",
  summary:
    "Schools sort special educational needs (SEN) into four broad areas to plan the right help. Here is what each area covers and the signs you might notice.",
  sections: [
    {
      heading: "Four broad areas",
      paragraphs: [
        "The official guidance for schools groups SEN into four broad areas. They help staff plan what kind of help a child needs. They are not boxes. Many children have needs in more than one area, and that is normal. A school should look at the whole child, not one part.",
      ],
      bullets: [
        "communication and interaction",
        "cognition and learning, which means thinking and learning",
        "social, emotional and mental health",
        "sensory and physical needs",
      ],
      rules: ["R-DEF-AREAS"],
    },
    {
      heading: "Communication and interaction",
      paragraphs: [
        "This area is about understanding what others say, using words to be understood, and getting on with other people. Autistic children and children with a language disorder often have needs here. Signs you might notice:",
      ],
      bullets: [
        "finds it hard to say what they need",
        "struggles to follow long instructions",
        "finds it hard to join in or take turns in a chat",
        "relies on routine and gets upset when plans change",
        "makes little eye contact, or plays in ways other children do not",
      ],
    },
    {
      heading: "Cognition and learning",
      paragraphs: [
        "This area is about thinking, memory and skills such as reading, spelling, writing and maths. Dyslexia and dyscalculia are two names you may hear. Some children have no label but still find learning much harder than others. Signs you might notice:",
      ],
      bullets: [
        "slow progress compared with others in the class",
        "forgets new learning quickly",
        "finds it hard to do steps in the right order",
        "avoids reading or writing tasks",
      ],
    },
    {
      heading: "Social, emotional and mental health",
      paragraphs: [
        "This area is about feelings, behaviour and mental health. It covers worry, low mood, the effects of trauma, and trouble keeping attention. Behaviour is often a sign of a need that is not being met. Signs you might notice:",
      ],
      bullets: [
        "strong worry about school",
        "meltdowns, shutdowns or other signs of distress",
        "finds it hard to keep attention",
        "moods that change fast",
        "avoids school, or refuses to go",
      ],
    },
    {
      heading: "Sensory and physical needs",
      paragraphs: [
        "This area is about hearing, sight, movement and the senses. It also covers health conditions that affect learning. Signs you might notice:",
      ],
      bullets: [
        "upset by noise, bright light or touch",
        "finds it hard to sit still",
        "handwriting is slow, messy or painful",
        "tired or in pain during the school day",
      ],
    },
    {
      heading: "What to do if you notice signs",
      paragraphs: [
        "Parents often spot small changes before the school does. Your view matters. Some signs can show up in any area. Look out for a gap between what your child can do and what they produce, worry or tiredness after school, and a growing gap with others in the class.",
        "If you see several signs, talk to the class teacher or the special educational needs co-ordinator (SENCO). A good school will listen, watch your child in different settings, and agree next steps with you. Waiting for term after term to see what happens is not a plan.",
        "When a school starts giving your child special help for SEN, it must tell you.",
      ],
      rules: ["R-SCH-INFORM-PARENTS"],
    },
  ],
  tools: [
    { label: "Write down needs by area", screen: "needs" },
    { label: "Keep a home diary", screen: "diary" },
    { label: "Upload work or reports", screen: "documents" },
  ],
};
