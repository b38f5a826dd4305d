import { describe, expect, it } from "vitest";
import { readSessionRows } from "./read-session-rows";

const AUTUMN = { from: "2025-09-01", to: "2025-12-19" };

describe("readSessionRows", () => {
  it("skips a heading row and reads UK and ISO dates with status and reason", () => {
    const result = readSessionRows(
      [
        ["date", "status", "reason"],
        ["06/10/2025", "held", ""],
        ["2025-10-08", "cancelled", "staff absence"],
        ["10/10/25", "Cancelled", "trip"],
      ],
      AUTUMN,
    );
    expect(result.errors).toEqual([]);
    expect(result.sessions).toEqual([
      { date: "2025-10-06", status: "held", cancelReason: null },
      { date: "2025-10-08", status: "cancelled", cancelReason: "staff_absence" },
      { date: "2025-10-10", status: "cancelled", cancelReason: "trip" },
    ]);
  });

  it("takes a date on its own as a session that was held", () => {
    expect(readSessionRows([["13/10/2025"]], AUTUMN).sessions).toEqual([{ date: "2025-10-13", status: "held", cancelReason: null }]);
  });

  it("reports each bad line by its number, and skips blank lines", () => {
    const result = readSessionRows(
      [["date"], ["31/02/2025"], [""], ["01/01/2025"], ["13/10/2025", "maybe"], ["14/10/2025", "cancelled", "weather"]],
      AUTUMN,
    );
    expect(result.errors.map((e) => e.line)).toEqual([2, 4, 5, 6]);
    expect(result.errors[0]!.message).toMatch(/not a date we can read/);
    expect(result.errors[1]!.message).toMatch(/outside the dates/);
    expect(result.errors[2]!.message).toMatch(/held, cancelled or unknown/);
    expect(result.errors[3]!.message).toMatch(/not a reason we know/);
  });

  it("refuses a file with far too many rows", () => {
    const rows = Array.from({ length: 2005 }, () => ["13/10/2025"]);
    expect(readSessionRows(rows, AUTUMN).errors[0]!.message).toMatch(/more than 2000 rows/);
  });
});
