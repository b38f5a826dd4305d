import { describe, expect, it } from "vitest";
import { ageInMonths, describeMonths, expectedValueFor } from "./measure-kinds";

describe("expectedValueFor", () => {
  it("expects 100 for a standardised score", () => {
    expect(
      expectedValueFor({ kind: "standardised_score", date: "2025-01-01", dateOfBirth: null }),
    ).toBe(100);
  });

  it("expects the child's age in months for a reading or spelling age", () => {
    expect(
      expectedValueFor({ kind: "reading_age", date: "2025-03-27", dateOfBirth: "2017-03-27" }),
    ).toBe(96);
    expect(
      expectedValueFor({ kind: "spelling_age", date: "2025-03-26", dateOfBirth: "2017-03-27" }),
    ).toBe(95);
  });

  it("has nothing to expect without a date of birth, or for other kinds", () => {
    expect(
      expectedValueFor({ kind: "reading_age", date: "2025-03-27", dateOfBirth: null }),
    ).toBeNull();
    expect(
      expectedValueFor({ kind: "wellbeing", date: "2025-03-27", dateOfBirth: "2017-03-27" }),
    ).toBeNull();
  });
});

describe("ageInMonths", () => {
  it("is null before birth", () => {
    expect(ageInMonths("2017-03-27", "2016-01-01")).toBeNull();
  });
});

describe("describeMonths", () => {
  it("says months as years and months", () => {
    expect(describeMonths(90)).toBe("7 years 6 months");
    expect(describeMonths(96)).toBe("8 years");
    expect(describeMonths(13)).toBe("1 year 1 month");
    expect(describeMonths(5)).toBe("5 months");
  });
});
