import { describe, expect, it } from "vitest";
import { classifyNeed } from "./classify-need";

describe("classifyNeed", () => {
  it("tags a note about noise as sensory", () => expect(classifyNeed("He covers his ears in assembly because it is too loud")[0]?.area).toBe("sensory_physical"));
  it("tags a note about reading as cognition and learning", () => expect(classifyNeed("She still can't read simple words and forgets her spellings")[0]?.area).toBe("cognition_learning"));
  it("tags a note about worry and meltdowns as social, emotional and mental health", () => expect(classifyNeed("Another meltdown after school, he was so anxious")[0]?.area).toBe("semh"));
  it("tags a note about talking and friends as communication and interaction", () => expect(classifyNeed("He struggles to join a conversation and has no eye contact")[0]?.area).toBe("communication_interaction"));
  it("can suggest more than one area", () => expect(classifyNeed("She cried before school and said she hates maths").length).toBeGreaterThan(1));
  it("suggests nothing for a note with no cues", () => expect(classifyNeed("We went to the park")).toEqual([]));
});
