import { describe, expect, it } from "vitest";
import { readAreaHeading, readSectionHeading, splitPlan } from "./split-plan";

const DRAFT = `Education, Health and Care Plan
Name: Ellis Moor

Section A: The views, interests and aspirations of Ellis and his parents
Ellis loves drawing and trains.

Section B: Special educational needs
Communication and interaction
• Ellis finds it hard to take turns in conversation and to understand
instructions with more than one step.
Cognition and learning
• Ellis reads at the level of a child two years younger.
Page 3 of 12

SECTION E – Outcomes
Communication and interaction
1. By July 2027 Ellis will follow two-step instructions in class.
Cognition and learning
2. By July 2027 Ellis will read a book at the level of his class.

F. Special educational provision
Communication and interaction
- Speech and language therapy, 30 minutes weekly, delivered by a qualified speech and language therapist.
- Access to a small group as needed.
Cognition and learning
- Regular support from an adult.
Social, emotional and mental health
- A daily check-in
with a trusted adult before school.

Section I: Placement
Brook Lane School`;

describe("reading a plan's sections", () => {
  const plan = splitPlan(DRAFT);

  it("finds the sections in order", () => {
    expect(plan.sectionsFound).toEqual(["A", "B", "E", "F", "I"]);
  });

  it("gives each line its section and the area heading above it", () => {
    const f = plan.lines.filter((line) => line.section === "F");
    expect(f).toEqual([
      { section: "F", area: "communication_interaction", text: "Speech and language therapy, 30 minutes weekly, delivered by a qualified speech and language therapist." },
      { section: "F", area: "communication_interaction", text: "Access to a small group as needed." },
      { section: "F", area: "cognition_learning", text: "Regular support from an adult." },
      { section: "F", area: "semh", text: "A daily check-in with a trusted adult before school." },
    ]);
  });

  it("joins lines the layout broke and drops page numbers", () => {
    const b = plan.lines.filter((line) => line.section === "B");
    expect(b[0]!.text).toBe("Ellis finds it hard to take turns in conversation and to understand instructions with more than one step.");
    expect(plan.lines.some((line) => /Page 3/.test(line.text))).toBe(false);
  });

  it("strips numbers and bullets, and leaves out what comes before the first section", () => {
    expect(plan.lines.find((line) => line.section === "E")!.text).toBe("By July 2027 Ellis will follow two-step instructions in class.");
    expect(plan.lines.some((line) => line.text.includes("Name: Ellis"))).toBe(false);
  });

  it("finds nothing in text without section headings", () => {
    expect(splitPlan("Ellis will have support.\nMore support.")).toEqual({ lines: [], sectionsFound: [] });
  });
});

describe("headings", () => {
  it("knows a section heading from a sentence that starts with a letter", () => {
    expect(readSectionHeading("Section F: Special educational provision")).toBe("F");
    expect(readSectionHeading("SECTION B – Special Educational Needs")).toBe("B");
    expect(readSectionHeading("Section H1: Social care provision")).toBe("H");
    expect(readSectionHeading("E. Outcomes")).toBe("E");
    expect(readSectionHeading("A teaching assistant will help Ellis.")).toBeNull();
    expect(readSectionHeading("I. Ellis will have lunch with friends")).toBeNull();
    expect(readSectionHeading("F: a weekly session")).toBeNull();
  });

  it("reads area headings in their usual wordings", () => {
    expect(readAreaHeading("Speech, language and communication needs")).toBe("communication_interaction");
    expect(readAreaHeading("Communication and Interaction:")).toBe("communication_interaction");
    expect(readAreaHeading("Social, Emotional and Mental Health")).toBe("semh");
    expect(readAreaHeading("Sensory and/or physical needs")).toBe("sensory_physical");
    expect(readAreaHeading("Physical and sensory")).toBe("sensory_physical");
    expect(readAreaHeading("Cognition and learning is his main need.")).toBeNull();
  });
});
