import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AREAS_OF_NEED, type AreaOfNeed } from "../areas-of-need";
import { classifyNeed } from "./classify-need";

const top = (text: string) => classifyNeed(text)[0]?.area;
const confidenceOf = (text: string, area: AreaOfNeed) => classifyNeed(text).find((entry) => entry.area === area)?.confidence ?? 0;

describe("classifyNeed: the main area of realistic diary lines", () => {
  const cases: [string, AreaOfNeed][] = [
    // Cognition and learning
    ["She still can't read simple words and forgets her spellings", "cognition_learning"],
    ["Spent an hour on his spellings and he'd forgotten them all by the morning", "cognition_learning"],
    ["Maths homework ended in tears again, he doesn't understand take away", "cognition_learning"],
    ["Still mixing up b and d in his reading book", "cognition_learning"],
    ["Teacher says she takes much longer than the others to get started and needs more time to process", "cognition_learning"],
    ["He knew his number bonds on Monday and by Wednesday his mind goes blank", "cognition_learning"],
    // Social, emotional and mental health
    ["Another meltdown after school, he was so anxious", "semh"],
    ["Refused to go in this morning, we sat in the car for an hour", "semh"],
    ["She told me she hates herself and wants to die", "semh"],
    ["Found scratches on her arm, I think she has been hurting herself", "semh"],
    ["Angry outbursts every evening, he threw his plate", "semh"],
    ["Teacher says he can't concentrate and is always distracted in class", "semh"],
    ["Very low mood all week, stays in her room", "semh"],
    ["Tummy aches before school every Monday, so worried about the spelling test", "semh"],
    // Communication and interaction
    ["He struggles to join a conversation and has no eye contact", "communication_interaction"],
    ["Didn't understand the instructions for the homework, only got the first bit", "communication_interaction"],
    ["She has no friends in her class and plays alone at lunch", "communication_interaction"],
    ["Supply teacher today and the change of routine threw him completely", "communication_interaction"],
    ["His speech is hard to understand and other children ask what he said", "communication_interaction"],
    ["Takes everything literally, cried when told to pull his socks up", "communication_interaction"],
    // Sensory and physical
    ["He covers his ears in assembly because it is too loud", "sensory_physical"],
    ["Won't wear the school jumper, says the label and the texture hurt", "sensory_physical"],
    ["The lights in the hall are too bright for her", "sensory_physical"],
    ["His handwriting is messy and his hand hurts after a page", "sensory_physical"],
    ["So clumsy, fell over twice in PE and can't catch a ball", "sensory_physical"],
    ["Completely exhausted after school, in pain with her joints", "sensory_physical"],
    ["Can't see the board from the back, squinting all the time", "sensory_physical"],
    ["Had another accident at school, still not using the toilet on his own", "sensory_physical"],
    ["Struggles with the stairs and needs his walker between lessons", "sensory_physical"],
    ["Glue ear again, she can't hear the teacher", "sensory_physical"],
  ];
  for (const [text, area] of cases) {
    it(`tags "${text}" as ${area}`, () => expect(top(text)).toBe(area));
  }
});

describe("classifyNeed: several areas", () => {
  it("can suggest more than one area", () => expect(classifyNeed("She cried before school and said she hates maths").length).toBeGreaterThan(1));

  it("suggests both sensory and wellbeing for a meltdown after a noisy assembly", () => {
    const areas = classifyNeed("Meltdown after the noisy assembly").map((entry) => entry.area);
    expect(areas).toEqual(expect.arrayContaining(["semh", "sensory_physical"]));
  });

  it("puts the most likely area first", () => {
    const confidences = classifyNeed("Can't read, can't spell, forgets everything, a bit worried").map((entry) => entry.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(top("Can't read, can't spell, forgets everything, a bit worried")).toBe("cognition_learning");
  });
});

describe("classifyNeed: notes with no cues", () => {
  it("suggests nothing for a note about a trip to the park", () => expect(classifyNeed("We went to the park")).toEqual([]));
  it("suggests nothing for an empty note", () => expect(classifyNeed("")).toEqual([]));
  it("suggests nothing for a note that is only spaces and punctuation", () => expect(classifyNeed("  ... !! ")).toEqual([]));
  it("does not mistake 'add' in a maths note for attention", () => expect(classifyNeed("He can add up to 20 now").map((entry) => entry.area)).not.toContain("semh"));
});

describe("classifyNeed: negation", () => {
  it("does not tag reading strongly when the parent says there are no problems with it", () => {
    expect(confidenceOf("No problems with reading at all", "cognition_learning")).toBeLessThan(0.5);
    expect(confidenceOf("No problems with reading at all", "cognition_learning")).toBeLessThan(confidenceOf("Problems with reading again", "cognition_learning"));
  });

  it("does not tag noise strongly when the parent says he is fine with it", () => {
    expect(confidenceOf("He is fine with noise in the dinner hall", "sensory_physical")).toBeLessThan(0.5);
  });

  it("does not tag anxiety strongly when the teacher is not worried", () => {
    expect(confidenceOf("Teacher is not worried about anxiety", "semh")).toBeLessThan(0.5);
  });

  it("keeps the negation inside its own clause", () => {
    expect(top("Fine with maths but can't spell or read")).toBe("cognition_learning");
    expect(confidenceOf("Fine with maths but can't spell or read", "cognition_learning")).toBeGreaterThan(0.6);
  });

  it("treats 'can't' and 'won't' as describing the difficulty, not denying it", () => {
    expect(confidenceOf("He can't read", "cognition_learning")).toBeGreaterThan(0.6);
    expect(top("She won't go in to school")).toBe("semh");
  });

  it("counts a later, un-negated mention in full", () => {
    expect(confidenceOf("No issues with reading last year. Now reading is a struggle", "cognition_learning")).toBeGreaterThan(0.6);
  });
});

describe("classifyNeed: confidence", () => {
  it("gives the worked example from the doc comment", () => {
    expect(classifyNeed("He covers his ears in assembly because it is too loud")).toEqual([{ area: "sensory_physical", confidence: 0.63 }]);
  });

  it("grows with more cues for the same area", () => {
    expect(confidenceOf("Hates loud noise, bright lights and scratchy labels, and is always chewing his sleeves", "sensory_physical")).toBeGreaterThan(confidenceOf("Hates loud noise", "sensory_physical"));
  });

  it("does not grow when one word is repeated", () => {
    expect(confidenceOf("reading reading reading reading", "cognition_learning")).toBe(confidenceOf("reading", "cognition_learning"));
  });

  it("is always between 0 and 1, for one of the four areas, with no area twice", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = classifyNeed(text);
        expect(new Set(result.map((entry) => entry.area)).size).toBe(result.length);
        for (const entry of result) {
          expect(AREAS_OF_NEED).toContain(entry.area);
          expect(entry.confidence).toBeGreaterThan(0);
          expect(entry.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("never changes its answer when the note is written in capitals", () => {
    fc.assert(
      fc.property(fc.constantFrom("reading is hard", "meltdown tonight", "no eye contact", "too loud in the hall"), (text) => {
        expect(classifyNeed(text.toUpperCase())).toEqual(classifyNeed(text));
      }),
    );
  });
});
