import { describe, expect, it } from "vitest";
import { formatWait } from "./format";

describe("formatWait", () => {
  it("says seconds under a minute and whole minutes, rounded up, above", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(29.2)).toBe("30 seconds");
    expect(formatWait(60)).toBe("1 minute");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(900)).toBe("15 minutes");
  });
});
