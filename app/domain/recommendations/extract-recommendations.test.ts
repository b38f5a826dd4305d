import { describe, expect, it } from "vitest";
import { extractRecommendations } from "./extract-recommendations";

describe("extractRecommendations", () => {
  it("reads a numbered list under a Recommendations heading", () => {
    const found = extractRecommendations("Background\nSam is 8.\n\nRecommendations\n1. Daily phonics for 20 minutes with a trained teaching assistant.\n2) Movement breaks every lesson.\n\nSummary\nSam is kind.");
    expect(found.map((item) => item.text)).toEqual(["Daily phonics for 20 minutes with a trained teaching assistant.", "Movement breaks every lesson."]);
    expect(found[0]?.provision).toMatchObject({ who: "teaching assistant", frequency: "Daily", duration: "20 minutes" });
  });

  it("reads bullets", () => {
    expect(extractRecommendations("Recommendations:\n• A writing slope in all lessons.\n• Pre-teaching of topic vocabulary twice a week.").length).toBe(2);
  });

  it("finds 'It is recommended that' sentences anywhere in the report", () => {
    const found = extractRecommendations("Sam finds writing hard. It is recommended that Sam has an occupational therapy assessment. He likes Lego.");
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe("It is recommended that Sam has an occupational therapy assessment.");
  });

  it("reads table rows under a Recommendation column", () => {
    const found = extractRecommendations("Area | Recommendation | Frequency\nSEMH | ELSA sessions with a trained ELSA | weekly, 30 minutes\n");
    expect(found).toHaveLength(1);
    expect(found[0]?.provision.frequency).toBe("weekly");
  });

  it("leaves out what it cannot find", () => {
    expect(extractRecommendations("Recommendations\n1. A quiet space to work in.")[0]?.provision).toMatchObject({ who: null, frequency: null, duration: null });
  });
});
