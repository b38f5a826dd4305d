import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRecommendations } from "./extract-recommendations";
import { AREAS_OF_NEED } from "../areas-of-need";
import { REPORT_EXCERPTS } from "./fixtures/report-excerpts";
import { SENTENCES_DEV } from "./fixtures/sentences-dev";
import { type LabelledSentence, SENTENCES_HOLDOUT } from "./fixtures/sentences-holdout";

const texts = (report: string) => extractRecommendations(report).map((item) => item.text);

describe("extractRecommendations: numbering and bullets", () => {
  it("reads a numbered list under a Recommendations heading", () => {
    const found = extractRecommendations("Background\nSam is 8.\n\nRecommendations\n1. Daily phonics for 20 minutes with a trained teaching assistant.\n2) Movement breaks every lesson.\n\nSummary\nSam is kind.");
    expect(found.map((item) => item.text)).toEqual(["Daily phonics for 20 minutes with a trained teaching assistant.", "Movement breaks every lesson."]);
    expect(found[0]?.provision).toMatchObject({ who: "teaching assistant", frequency: "Daily", duration: "20 minutes" });
  });

  const styles: [string, string[]][] = [
    ["1.", ["1. Use a visual timetable every day.", "2. Pre-teach topic words before each new topic."]],
    ["1)", ["1) Use a visual timetable every day.", "2) Pre-teach topic words before each new topic."]],
    ["(1)", ["(1) Use a visual timetable every day.", "(2) Pre-teach topic words before each new topic."]],
    ["(a)", ["(a) Use a visual timetable every day.", "(b) Pre-teach topic words before each new topic."]],
    ["a)", ["a) Use a visual timetable every day.", "b) Pre-teach topic words before each new topic."]],
    ["i.", ["i. Use a visual timetable every day.", "ii. Pre-teach topic words before each new topic."]],
    ["•", ["• Use a visual timetable every day.", "• Pre-teach topic words before each new topic."]],
    ["-", ["- Use a visual timetable every day.", "- Pre-teach topic words before each new topic."]],
    ["*", ["* Use a visual timetable every day.", "* Pre-teach topic words before each new topic."]],
    ["▪", ["▪ Use a visual timetable every day.", "▪ Pre-teach topic words before each new topic."]],
    ["4.1", ["4.1 Use a visual timetable every day.", "4.2 Pre-teach topic words before each new topic."]],
  ];
  for (const [style, items] of styles) {
    it(`reads items marked "${style}"`, () => {
      expect(texts(`Recommendations\n${items.join("\n")}`)).toEqual(["Use a visual timetable every day.", "Pre-teach topic words before each new topic."]);
    });
  }

  it("reads unmarked lines, one point a line", () => {
    expect(texts("Suggested strategies\nUse a visual timetable\nPre-teach topic words\nGive extra time to answer questions")).toEqual([
      "Use a visual timetable",
      "Pre-teach topic words",
      "Give extra time to answer questions",
    ]);
  });
});

describe("extractRecommendations: headings", () => {
  const headings = [
    "Recommendations",
    "RECOMMENDATIONS",
    "Recommendations for school",
    "Recommendations:",
    "5. Recommendations",
    "Suggested strategies",
    "Advice",
    "Next steps",
    "Provision required",
    "Strategies and advice for home",
  ];
  for (const heading of headings) {
    it(`starts a list after the heading "${heading}"`, () => {
      expect(texts(`${heading}\n1. A writing slope in all lessons.`)).toEqual(["A writing slope in all lessons."]);
    });
  }

  it("does not read a numbered list under another heading", () => {
    expect(texts("Assessment results\n1. Reading accuracy was below average.\n2. Spelling was below average.")).toEqual([]);
  });

  it("stops at the next heading", () => {
    expect(texts("Recommendations\n1. A writing slope in all lessons.\n\nSummary\nSam is a kind and funny boy who tries hard.")).toEqual(["A writing slope in all lessons."]);
  });

  it("stops at a numbered heading such as '6. Signature'", () => {
    expect(texts("5. Recommendations\n5.1 A writing slope in all lessons.\n6. Signature\nDr A Smith, Educational Psychologist")).toEqual(["A writing slope in all lessons."]);
  });

  it("reads on past sub-headings for an area of need or for home and school", () => {
    const report = "Recommendations\nCommunication and interaction:\n- Use Sam's name before giving an instruction.\nFor home\n- Read together for ten minutes each evening.";
    expect(texts(report)).toEqual(["Use Sam's name before giving an instruction.", "Read together for ten minutes each evening."]);
  });

  it("does not return the heading or the introduction as a recommendation", () => {
    const report = "Recommendations\nThe following recommendations are based on my assessment and discussion with staff:\n1. A quiet place to work for written tasks.";
    expect(texts(report)).toEqual(["A quiet place to work for written tasks."]);
  });
});

describe("extractRecommendations: wrapped text and page furniture", () => {
  it("joins continuation lines to the item before them", () => {
    const report = "Recommendations\n1. Sam should receive 30 minutes of speech and language\ntherapy each week from a qualified speech and language\ntherapist.\n2. A visual timetable.";
    expect(texts(report)).toEqual([
      "Sam should receive 30 minutes of speech and language therapy each week from a qualified speech and language therapist.",
      "A visual timetable.",
    ]);
  });

  it("mends a word split with a hyphen at the end of a line", () => {
    expect(texts("Recommendations\n1. Daily practice of high-frequency words with an adult, 10 min-\nutes a day.")).toEqual(["Daily practice of high-frequency words with an adult, 10 minutes a day."]);
  });

  it("keeps a wrapped item whole across a blank line", () => {
    expect(texts("Recommendations\n1. Sam should have access to a quiet space\n\nat break and lunch times.\n2. Ear defenders in assembly.")).toEqual([
      "Sam should have access to a quiet space at break and lunch times.",
      "Ear defenders in assembly.",
    ]);
  });

  it("drops page numbers and repeated running headers in the middle of a list", () => {
    const header = "Sam Smith – Educational Psychology Report – CONFIDENTIAL";
    const report = `${header}\nBackground\nSam is 8.\n${header}\nRecommendations\n1. A writing slope in all lessons.\nPage 3 of 7\n${header}\n2. Movement breaks every 20 minutes.`;
    expect(texts(report)).toEqual(["A writing slope in all lessons.", "Movement breaks every 20 minutes."]);
  });
});

describe("extractRecommendations: recommending sentences anywhere", () => {
  const sentences = [
    "It is recommended that Sam has an occupational therapy assessment.",
    "I recommend that school uses a visual timetable every day.",
    "Sam would benefit from daily precision teaching of sight words.",
    "Sam should have a quiet place to calm down.",
    "Sam should receive weekly sessions with a trained ELSA.",
    "School should share a one-page profile with all staff.",
    "It would be helpful if staff gave instructions one step at a time.",
    "Sam requires adult support at lunch times.",
  ];
  for (const sentence of sentences) {
    it(`finds "${sentence}" in running text`, () => {
      expect(texts(`Sam is a friendly boy. ${sentence} He likes Lego.`)).toEqual([sentence]);
    });
  }

  it("finds a sentence that wraps over two lines", () => {
    expect(texts("Sam finds writing hard. It is recommended that Sam\nhas an occupational therapy assessment. He likes Lego.")).toEqual(["It is recommended that Sam has an occupational therapy assessment."]);
  });

  it("does not split at 'e.g.' or 'Dr.'", () => {
    expect(texts("It is recommended that Sam uses a writing aid, e.g. a pencil grip, in all lessons.")).toEqual(["It is recommended that Sam uses a writing aid, e.g. a pencil grip, in all lessons."]);
  });

  it("finds nothing in a report with no recommendations", () => {
    expect(texts("Background\nSam is 8 and lives with his mum. He enjoys football.\n\nAssessment\nHis reading is below average.")).toEqual([]);
  });
});

describe("extractRecommendations: tables turned into text", () => {
  it("reads rows under a header with a Recommendation column", () => {
    const found = extractRecommendations("Area | Recommendation | Frequency\nSEMH | ELSA sessions with a trained ELSA | weekly, 30 minutes\n");
    expect(found).toHaveLength(1);
    expect(found[0]?.provision.frequency).toBe("weekly");
  });

  it("reads a Need | Provision | Frequency table with tabs, taking each part from its column", () => {
    const found = extractRecommendations("Need\tProvision\tWho\tFrequency\nReading\tPrecision teaching of sight words\tTeaching assistant\tDaily, 10 minutes\nAnxiety\tCheck-in at the start of the day\tKey adult\tEvery morning\n");
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ areaOfNeed: "cognition_learning", provision: { what: "Precision teaching of sight words", who: "Teaching assistant", frequency: "Daily", duration: "10 minutes" } });
    expect(found[1]).toMatchObject({ areaOfNeed: "semh", provision: { frequency: "Every morning" } });
  });

  it("reads rows with no header inside a recommendations section", () => {
    expect(texts("Recommendations\nReading | Daily phonics with a trained TA\nWriting | A writing slope in all lessons")).toEqual(["Reading — Daily phonics with a trained TA", "Writing — A writing slope in all lessons"]);
  });

  it("does not read a table of test scores", () => {
    expect(texts("Subtest | Score | Percentile\nReading | 82 | 12\nSpelling | 79 | 8")).toEqual([]);
  });
});

describe("extractRecommendations: what it returns", () => {
  it("leaves out what it cannot find", () => {
    expect(extractRecommendations("Recommendations\n1. A quiet space to work in.")[0]?.provision).toMatchObject({ who: null, frequency: null, duration: null });
  });

  it("does not repeat a recommendation found both in the list and as a sentence", () => {
    expect(texts("Recommendations\n1. It is recommended that Sam has an occupational therapy assessment.")).toHaveLength(1);
  });

  it("does not repeat a recommendation made twice in the report", () => {
    expect(texts("It is recommended that Sam has a writing slope. Later again: It is recommended that Sam has a writing slope.")).toHaveLength(1);
  });

  it("tags the area of need with the need classifier", () => {
    const [first, second] = extractRecommendations("Recommendations\n1. Ear defenders in assembly because of the noise.\n2. Daily reading practice with phonics books.");
    expect(first?.areaOfNeed).toBe("sensory_physical");
    expect(second?.areaOfNeed).toBe("cognition_learning");
  });

  it("finds what, who, how often and how long in a full recommendation", () => {
    const [found] = extractRecommendations("Recommendations\n1. Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.");
    expect(found?.provision).toEqual({ what: "speech and language therapy", who: "speech and language therapist", frequency: "weekly", duration: "30 minutes" });
    expect(found?.areaOfNeed).toBe("communication_interaction");
  });

  it("returns nothing for empty text", () => expect(extractRecommendations("")).toEqual([]));

  it("never throws and never returns a short or repeated item, whatever the text", () => {
    const pieces = fc.constantFrom("Recommendations", "1.", "•", "-", "|", "\t", "\n", " ", "It is recommended that", "Sam", "should receive", "weekly", "30 minutes", "Page 2 of 4", "(a)", "Summary", ".", "a visual timetable");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const found = extractRecommendations(parts.join(" "));
        const keys = found.map((item) => item.text.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        for (const item of found) expect(item.text.length).toBeGreaterThanOrEqual(12);
      }),
    );
  });
});

describe("extractRecommendations on excerpts from public reports and guidance", () => {
  for (const excerpt of REPORT_EXCERPTS) {
    it(`takes the right recommendations from ${excerpt.id} (${excerpt.source.url})`, () => {
      const found = extractRecommendations(excerpt.report);
      expect(found).toHaveLength(excerpt.expected.length);
      excerpt.expected.forEach((expected, index) => {
        const item = found[index];
        expect(item?.text.startsWith(expected.startsWith), `${item?.text} should start with ${expected.startsWith}`).toBe(true);
        for (const part of ["who", "frequency", "duration"] as const) {
          if (expected[part] !== undefined) expect(item?.provision[part]).toBe(expected[part]);
        }
        if (expected.areaOfNeed !== undefined) expect(item?.areaOfNeed).toBe(expected.areaOfNeed);
      });
    });
  }
});

describe("extractRecommendations: soft wording (issue 19)", () => {
  const examples: [string, string | null][] = [
    // [sentence in running text, area of need it should be tagged with]
    ["We believe working on his reading with phonics books every day will be beneficial for him.", "cognition_learning"],
    ["Sam would benefit from ear defenders in assembly because of the noise.", "sensory_physical"],
    ["It is recommended that Sam has speech and language therapy each week.", "communication_interaction"],
    ["Sam should have access to a calm space when he feels anxious.", "semh"],
    ["Sam needs a writing slope and a pencil grip for handwriting.", "sensory_physical"],
    ["We recommend a daily maths intervention for number bonds.", "cognition_learning"],
    ["Pre-teaching topic vocabulary may be a useful strategy for his language.", "communication_interaction"],
  ];
  for (const [sentence, area] of examples) {
    it(`finds "${sentence}" and tags it ${area}`, () => {
      const found = extractRecommendations(`Sam is a friendly boy. ${sentence} He likes Lego.`);
      expect(found.map((item) => item.text)).toEqual([sentence]);
      expect(found[0]?.areaOfNeed).toBe(area);
    });
  }

  it("does not take 'special educational needs' or 'he needs this' for a recommendation", () => {
    expect(texts("Sam has special educational needs in reading. The council refused, though the psychologist said he needs this.")).toEqual([]);
  });

  it("tags a recommendation from the paragraph when its own words name no area", () => {
    const [first] = extractRecommendations("He needs structured games at break time. The games should involve his peers.");
    expect(first?.areaOfNeed).toBe("communication_interaction");
  });
});

// Agreement with labelled real sentences: whether a recommendation is found (per class), and the
// area it is tagged with (per tag). The holdout was written and frozen before the finder changed
// (decision 033); the figures print on every run:
//   npx vitest run --project pure app/domain/recommendations
describe("agreement with labelled real sentences", () => {
  const judge = (item: LabelledSentence) => {
    const found = extractRecommendations(item.text);
    return { recommends: found.length > 0, area: found[0]?.areaOfNeed ?? null };
  };
  const measure = (name: string, items: readonly LabelledSentence[]) => {
    const shares: Record<string, number> = {};
    for (const recommends of [true, false]) {
      const ofClass = items.filter((item) => item.recommends === recommends);
      const agreed = ofClass.filter((item) => judge(item).recommends === recommends).length;
      const label = recommends ? "recommendation" : "not a recommendation";
      console.info(`recommendations ${name} ${label}: ${agreed}/${ofClass.length}`);
      shares[label] = agreed / ofClass.length;
    }
    for (const area of [...AREAS_OF_NEED, null]) {
      const tagged = items.filter((item) => item.recommends && item.area === area);
      if (tagged.length === 0) continue;
      const agreed = tagged.filter((item) => judge(item).area === area).length;
      console.info(`recommendations ${name} tag ${area ?? "none"}: ${agreed}/${tagged.length}`);
      shares[`tag ${area ?? "none"}`] = agreed / tagged.length;
    }
    const tagged = items.filter((item) => item.recommends);
    shares.tags = tagged.filter((item) => judge(item).area === item.area).length / tagged.length;
    return shares;
  };

  it("keeps the sets sourced and apart", () => {
    const devTexts = new Set(SENTENCES_DEV.map((item) => item.text));
    for (const item of [...SENTENCES_DEV, ...SENTENCES_HOLDOUT]) expect(item.source).toMatch(/^https?:\/\//);
    for (const item of SENTENCES_HOLDOUT) expect(devTexts.has(item.text)).toBe(false);
    expect(SENTENCES_DEV.length + SENTENCES_HOLDOUT.length).toBeGreaterThanOrEqual(25);
  });

  it("finds every recommendation of the development set, takes none from the other sentences, and tags at least 80% right", () => {
    const shares = measure("dev", SENTENCES_DEV);
    expect(shares["recommendation"]).toBe(1);
    expect(shares["not a recommendation"]).toBe(1);
    expect(shares.tags).toBeGreaterThanOrEqual(0.8);
  });

  it("agrees on at least 60% of each class of the holdout (the real figures are printed)", () => {
    const shares = measure("holdout", SENTENCES_HOLDOUT);
    expect(shares["recommendation"]).toBeGreaterThanOrEqual(0.6);
    expect(shares["not a recommendation"]).toBeGreaterThanOrEqual(0.6);
  });
});
