import { describe, expect, it } from "vitest";
import { PLANS_DEV } from "./fixtures-dev";
import { type LabelledPlan, PLANS_HOLDOUT } from "./fixtures-holdout";
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

describe("long statutory headings, form questions and item labels", () => {
  it("reads the long headings councils print, and H1 and H2 as Section H", () => {
    expect(readSectionHeading("Section H1: Social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970")).toBe("H");
    expect(readSectionHeading("Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN")).toBe("H");
    expect(readSectionHeading("H1")).toBe("H");
    expect(readSectionHeading("H2")).toBe("H");
    expect(readSectionHeading("Section F")).toBe("F");
    expect(readSectionHeading("PART F – MY SPECIAL EDUCATION PROVISION")).toBe("F");
    expect(readSectionHeading("(A) Views, Interests and Aspirations")).toBe("A");
    expect(readSectionHeading("F – Special educational Provision")).toBe("F");
  });

  it("does not take a sentence about a section for a heading", () => {
    expect(readSectionHeading("Section F says he should have speech therapy every week")).toBeNull();
    expect(readSectionHeading("(I) Ellis will have lunch with friends")).toBeNull();
    expect(readSectionHeading("H")).toBeNull();
  });

  it("skips the statutory title printed under a bare heading", () => {
    const plan = splitPlan("Section F\nThe special educational provision required by the child or the young person\nSpeech and language therapy, 30 minutes weekly.");
    expect(plan.lines).toEqual([{ section: "F", area: null, text: "Speech and language therapy, 30 minutes weekly." }]);
  });

  it("keeps a first line under a heading that only mentions provision", () => {
    const plan = splitPlan("Section F\nSpeech and language therapy provision, 30 minutes weekly.");
    expect(plan.lines.map((line) => line.text)).toEqual(["Speech and language therapy provision, 30 minutes weekly."]);
  });

  it("does not check the form's questions or 'Item 1:' labels as provision, and keeps what follows a label on its line", () => {
    const plan = splitPlan("Section F\nWhat help do I need to make this happen and how will it be delivered?\nItem 1:\nPhonics, 20 minutes daily\nItem 2: Precision teaching, 10 minutes daily");
    expect(plan.lines.map((line) => line.text)).toEqual(["Phonics, 20 minutes daily", "Precision teaching, 10 minutes daily"]);
  });
});

// Agreement with labelled plans: every expected line found with its section, and nothing else
// read as a line. The holdout was written and frozen before the splitter changed (decision 033).
//   npx vitest run --project pure app/domain/plans/split-plan.test.ts
describe("agreement with labelled plans", () => {
  const measure = (plans: readonly LabelledPlan[]) => {
    let expected = 0;
    let found = 0;
    let read = 0;
    let extra = 0;
    for (const plan of plans) {
      const got = splitPlan(plan.text).lines.map((line) => `${line.section}|${line.text}`);
      const want = plan.expected.map((line) => `${line.section}|${line.text}`);
      expected += want.length;
      found += want.filter((line) => got.includes(line)).length;
      read += got.length;
      extra += got.filter((line) => !want.includes(line)).length;
    }
    return { expected, found, read, extra };
  };
  const report = (name: string, plans: readonly LabelledPlan[]) => {
    const { expected, found, read, extra } = measure(plans);
    console.info(`splitter ${name} lines found: ${found}/${expected}; lines read that are not plan lines: ${extra}/${read}`);
    return { expected, found, read, extra };
  };

  it("finds every line of the development plans and nothing else", () => {
    const { expected, found, extra } = report("dev", PLANS_DEV);
    expect(found).toBe(expected);
    expect(extra).toBe(0);
  });

  it("finds at least 75% of the holdout plans' lines, with at most one line read wrongly (the real figures are printed)", () => {
    const { expected, found, extra } = report("holdout", PLANS_HOLDOUT);
    expect(found / expected).toBeGreaterThanOrEqual(0.75);
    expect(extra).toBeLessThanOrEqual(1);
  });
});
