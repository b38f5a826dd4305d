import { describe, expect, it } from "vitest";
import { describeMapDifference, describeRate, describeReasons } from "./audit-wording";
import { tallySessions } from "./provision-audit";
import type { LoggedSession } from "./session-status";

const held = (date: string): LoggedSession => ({ date, status: "held", cancelReason: null });
const unknown = (date: string): LoggedSession => ({ date, status: "unknown", cancelReason: null });
const cancelled = (date: string, reason: LoggedSession["cancelReason"] = null): LoggedSession => ({ date, status: "cancelled", cancelReason: reason });

describe("the audit's sentences", () => {
  it("gives the rate rounded down the one way, and how many sessions are left out", () => {
    // 7 of 12 known sessions held: 58.3%, shown as 58%.
    const sessions = [
      ...Array.from({ length: 7 }, (_, i) => held(`2025-10-${String(i + 1).padStart(2, "0")}`)),
      ...Array.from({ length: 5 }, (_, i) => cancelled(`2025-11-${String(i + 1).padStart(2, "0")}`, "staff_absence")),
      unknown("2025-12-01"),
    ];
    expect(describeRate(tallySessions(sessions, 30))).toBe("Delivery rate 58%: 7 of 12 known sessions held. 1 session is not known either way and is left out.");
    expect(describeRate(tallySessions([held("2025-10-01"), unknown("2025-10-08"), unknown("2025-10-15")], 30))).toBe(
      "Delivery rate 100%: 1 of 1 known sessions held. 2 sessions are not known either way and are left out.",
    );
    expect(describeRate(tallySessions([unknown("2025-10-01")], 30))).toBe("No session is recorded as held or cancelled yet (1 planned).");
  });

  it("says why sessions were missed, with the time lost", () => {
    const tally = tallySessions([cancelled("2025-10-01", "staff_absence"), cancelled("2025-10-08", "staff_absence"), cancelled("2025-10-15", "trip")], 20);
    expect(describeReasons(tally)).toBe("Staff absence: 2 (40 minutes); Trip or event: 1 (20 minutes)");
    expect(describeReasons(tallySessions([held("2025-10-01")], 20))).toBe("None");
    expect(describeReasons(tallySessions([cancelled("2025-10-01")], null))).toBe("No reason given: 1");
  });

  it("says what the provision map says against the log, with plurals right", () => {
    expect(describeMapDifference({ note: null, sessions: 12, difference: 3, hasDifference: true }, 9)).toBe(
      "The provision map says 12 sessions; your log shows 9 held: 3 more on the map than in your log.",
    );
    expect(describeMapDifference({ note: null, sessions: 1, difference: 0, hasDifference: false }, 1)).toBe(
      "The provision map says 1 session, the same as the sessions held in your log.",
    );
    expect(describeMapDifference({ note: "Weekly", sessions: null, difference: null, hasDifference: false }, 4)).toBeNull();
  });
});
