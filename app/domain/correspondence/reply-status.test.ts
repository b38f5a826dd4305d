import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/calendar-date";
import {
  describeReplyStatus,
  findRepliedOn,
  getReplyStatus,
  matchesFilter,
  type ReplyStatus,
} from "./reply-status";

const TODAY = "2026-03-13";
const sent = (replyBy: string | null, repliedOn: string | null = null) => ({
  direction: "sent" as const,
  replyBy,
  repliedOn,
});

describe("getReplyStatus", () => {
  it("counts the days left until the reply is due", () => {
    expect(getReplyStatus(sent("2026-03-18"), TODAY)).toEqual({
      kind: "due",
      replyBy: "2026-03-18",
      daysLeft: 5,
    });
  });

  it("is due, not overdue, on the reply-by date itself", () => {
    expect(getReplyStatus(sent(TODAY), TODAY)).toEqual({
      kind: "due",
      replyBy: TODAY,
      daysLeft: 0,
    });
  });

  it("counts the days a reply is overdue", () => {
    expect(getReplyStatus(sent("2026-03-01"), TODAY)).toEqual({
      kind: "overdue",
      replyBy: "2026-03-01",
      daysOverdue: 12,
    });
  });

  it("stops the timer once a reply has come, even if it came late", () => {
    expect(getReplyStatus(sent("2026-03-01", "2026-03-09"), TODAY)).toEqual({
      kind: "replied",
      repliedOn: "2026-03-09",
    });
  });

  it("shows a reply even when no reply-by date was asked for", () => {
    expect(getReplyStatus(sent(null, "2026-03-09"), TODAY)).toEqual({
      kind: "replied",
      repliedOn: "2026-03-09",
    });
  });

  it("waits for nothing when no reply-by date was asked for", () => {
    expect(getReplyStatus(sent(null), TODAY)).toEqual({ kind: "none" });
  });

  it("waits for nothing on what was received", () => {
    expect(
      getReplyStatus({ direction: "received", replyBy: "2026-03-01", repliedOn: null }, TODAY),
    ).toEqual({ kind: "none" });
  });

  it("counts across a month end and a clock change", () => {
    expect(getReplyStatus(sent("2026-04-02"), "2026-03-27")).toMatchObject({
      kind: "due",
      daysLeft: 6,
    });
  });

  it("is overdue exactly when the reply-by date has passed (any dates)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const status = getReplyStatus(sent(addDays(TODAY, offset)), TODAY);
        if (offset < 0)
          expect(status).toEqual({
            kind: "overdue",
            replyBy: addDays(TODAY, offset),
            daysOverdue: -offset,
          });
        else
          expect(status).toEqual({
            kind: "due",
            replyBy: addDays(TODAY, offset),
            daysLeft: offset,
          });
      }),
    );
  });
});

describe("describeReplyStatus", () => {
  const cases: Array<[ReplyStatus, string | null]> = [
    [{ kind: "due", replyBy: "2026-03-18", daysLeft: 5 }, "Reply due in 5 days"],
    [{ kind: "due", replyBy: "2026-03-14", daysLeft: 1 }, "Reply due tomorrow"],
    [{ kind: "due", replyBy: TODAY, daysLeft: 0 }, "Reply due today"],
    [{ kind: "overdue", replyBy: "2026-03-01", daysOverdue: 12 }, "Reply overdue by 12 days"],
    [{ kind: "overdue", replyBy: "2026-03-12", daysOverdue: 1 }, "Reply overdue by 1 day"],
    [{ kind: "replied", repliedOn: "2026-03-03" }, "Replied on Tuesday 3 March 2026"],
    [{ kind: "none" }, null],
  ];
  for (const [status, words] of cases) {
    it(`says ${JSON.stringify(words)} for ${status.kind}`, () => {
      expect(describeReplyStatus(status)).toBe(words);
    });
  }

  it("writes the reply's date as the page asks", () => {
    expect(
      describeReplyStatus({ kind: "replied", repliedOn: "2026-03-03" }, (date) =>
        date.split("-").reverse().join("/"),
      ),
    ).toBe("Replied on 03/03/2026");
  });
});

describe("matchesFilter", () => {
  const due: ReplyStatus = { kind: "due", replyBy: TODAY, daysLeft: 0 };
  const overdue: ReplyStatus = { kind: "overdue", replyBy: "2026-03-01", daysOverdue: 12 };
  const replied: ReplyStatus = { kind: "replied", repliedOn: TODAY };
  const none: ReplyStatus = { kind: "none" };

  it("shows everything under all", () => {
    for (const status of [due, overdue, replied, none])
      expect(matchesFilter(status, "all")).toBe(true);
  });

  it("shows replies still to come under awaiting", () => {
    expect([due, overdue, replied, none].map((s) => matchesFilter(s, "awaiting"))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("shows only late replies under overdue", () => {
    expect([due, overdue, replied, none].map((s) => matchesFilter(s, "overdue"))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});

describe("findRepliedOn", () => {
  it("marks a sent item replied on the date the reply was received", () => {
    expect(
      findRepliedOn(
        { direction: "sent", repliedOn: null },
        { direction: "received", date: "2026-03-09" },
      ),
    ).toBe("2026-03-09");
  });

  it("keeps an earlier reply, and takes an earlier one in place of a later", () => {
    expect(
      findRepliedOn(
        { direction: "sent", repliedOn: "2026-03-05" },
        { direction: "received", date: "2026-03-09" },
      ),
    ).toBeNull();
    expect(
      findRepliedOn(
        { direction: "sent", repliedOn: "2026-03-09" },
        { direction: "received", date: "2026-03-09" },
      ),
    ).toBeNull();
    expect(
      findRepliedOn(
        { direction: "sent", repliedOn: "2026-03-12" },
        { direction: "received", date: "2026-03-09" },
      ),
    ).toBe("2026-03-09");
  });

  it("changes nothing when what is logged was sent, or answers something received", () => {
    expect(
      findRepliedOn(
        { direction: "sent", repliedOn: null },
        { direction: "sent", date: "2026-03-09" },
      ),
    ).toBeNull();
    expect(
      findRepliedOn(
        { direction: "received", repliedOn: null },
        { direction: "received", date: "2026-03-09" },
      ),
    ).toBeNull();
  });
});
