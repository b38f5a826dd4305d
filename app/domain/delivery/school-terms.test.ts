import { describe, expect, it } from "vitest";
import { termOf } from "./school-terms";

describe("termOf", () => {
  it("puts September to December in the autumn term", () => {
    expect(termOf("2025-09-01")).toEqual({ key: "2025-1-autumn", label: "Autumn term 2025" });
    expect(termOf("2025-12-31").label).toBe("Autumn term 2025");
  });

  it("puts January to March in the spring term of the same school year", () => {
    expect(termOf("2026-01-05")).toEqual({ key: "2025-2-spring", label: "Spring term 2026" });
    expect(termOf("2026-03-31").label).toBe("Spring term 2026");
  });

  it("puts April to August in the summer term", () => {
    expect(termOf("2026-04-01")).toEqual({ key: "2025-3-summer", label: "Summer term 2026" });
    expect(termOf("2026-08-31").label).toBe("Summer term 2026");
  });

  it("sorts terms in time order by key", () => {
    const keys = ["2026-09-10", "2026-02-01", "2025-10-01", "2026-05-01"].map((d) => termOf(d).key).sort();
    expect(keys).toEqual(["2025-1-autumn", "2025-2-spring", "2025-3-summer", "2026-1-autumn"]);
  });
});
