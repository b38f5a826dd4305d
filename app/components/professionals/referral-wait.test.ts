import { describe, expect, it } from "vitest";
import { describeWait } from "./referral-wait";

describe("how long a referral has waited", () => {
  it("counts whole weeks from the day it was asked for until today", () => {
    expect(
      describeWait({ status: "waiting", requestedOn: "2026-01-05", seenOn: null }, "2026-04-13"),
    ).toBe("Waiting 14 weeks");
    expect(
      describeWait({ status: "accepted", requestedOn: "2026-01-05", seenOn: null }, "2026-01-18"),
    ).toBe("Waiting 1 week");
  });

  it("counts days in the first week", () => {
    expect(
      describeWait({ status: "requested", requestedOn: "2026-01-05", seenOn: null }, "2026-01-05"),
    ).toBe("Asked for today");
    expect(
      describeWait({ status: "requested", requestedOn: "2026-01-05", seenOn: null }, "2026-01-06"),
    ).toBe("Waiting 1 day");
    expect(
      describeWait({ status: "requested", requestedOn: "2026-01-05", seenOn: null }, "2026-01-11"),
    ).toBe("Waiting 6 days");
  });

  it("counts to the day the child was seen once they have been", () => {
    expect(
      describeWait(
        { status: "seen", requestedOn: "2026-01-05", seenOn: "2026-03-09" },
        "2026-11-01",
      ),
    ).toBe("Seen after 9 weeks");
    expect(
      describeWait(
        { status: "closed", requestedOn: "2026-01-05", seenOn: "2026-01-05" },
        "2026-11-01",
      ),
    ).toBe("Seen the day it was asked for");
  });

  it("counts nothing without a date, or for a referral turned down or closed unseen", () => {
    expect(
      describeWait({ status: "waiting", requestedOn: null, seenOn: null }, "2026-11-01"),
    ).toBeNull();
    expect(
      describeWait({ status: "declined", requestedOn: "2026-01-05", seenOn: null }, "2026-11-01"),
    ).toBeNull();
    expect(
      describeWait({ status: "closed", requestedOn: "2026-01-05", seenOn: null }, "2026-11-01"),
    ).toBeNull();
  });

  it("never counts backwards when a date is in the future", () => {
    expect(
      describeWait({ status: "waiting", requestedOn: "2026-12-01", seenOn: null }, "2026-11-01"),
    ).toBe("Asked for today");
  });
});
