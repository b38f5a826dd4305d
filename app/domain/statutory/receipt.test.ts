import { describe, expect, it } from "vitest";
import { computeDeadlines } from "../deadlines/compute-deadlines";
import { describeReceipt, receiptDate } from "./receipt";

describe("when the council received a request (R-EHCNA-RECEIPT, IPSEA practice; the 6 weeks of reg 5(1) run from receipt)", () => {
  it("counts a request handed in before 5 pm on a working day as received that day", () => {
    expect(receiptDate({ method: "by_hand", sentOn: "2026-09-14" })).toMatchObject({ date: "2026-09-14", basis: "practice" });
  });

  it("counts an email sent after 5 pm on a Friday as received the next Monday", () => {
    const receipt = receiptDate({ method: "email", sentOn: "2026-12-04", isAfter5pm: true });
    expect(receipt).toMatchObject({ date: "2026-12-07", basis: "practice", rules: ["R-EHCNA-RECEIPT"] });
    expect(receipt.reason).toMatch(/after 5 pm/);
  });

  it("counts an email sent on a Saturday, or on a bank holiday, as received on the next working day", () => {
    expect(receiptDate({ method: "email", sentOn: "2026-12-05" }).date).toBe("2026-12-07");
    // Christmas Day 2026 is a Friday; Boxing Day's substitute is Monday 28 December.
    expect(receiptDate({ method: "email", sentOn: "2026-12-25" }).date).toBe("2026-12-29");
  });

  it("counts signed-for post as received on the day it was signed for", () => {
    expect(receiptDate({ method: "signed_for", sentOn: "2026-12-05" }).date).toBe("2026-12-05");
  });

  it("counts first-class post as received on the next working day after posting", () => {
    expect(receiptDate({ method: "first_class", sentOn: "2026-09-14" }).date).toBe("2026-09-15");
    expect(receiptDate({ method: "first_class", sentOn: "2026-09-18" }).date).toBe("2026-09-21");
  });

  it("says second-class post is Clearpath's assumption, not law: the third working day after posting", () => {
    const receipt = receiptDate({ method: "second_class", sentOn: "2026-09-17" });
    expect(receipt).toMatchObject({ date: "2026-09-22", basis: "assumption" });
    expect(receipt.reason).toMatch(/our own assumption, not the law/);
  });

  it("moves the 6-week decision (SEND Regs 2014 reg 5(1)) with the receipt date: an email on Fri 11 Sep 2026 after 5 pm", () => {
    const received = receiptDate({ method: "email", sentOn: "2026-09-11", isAfter5pm: true }).date;
    expect(received).toBe("2026-09-14");
    const [decision] = computeDeadlines({ events: [{ type: "ehcna_request_received", date: received }], today: "2026-09-15" }).deadlines;
    expect(decision?.due).toBe("2026-10-26");
  });

  it("describes the sending and the receipt it implies, with the rule's status, and a date the parent changed", () => {
    expect(describeReceipt({ date: "2026-12-07", sentBy: "email", sentOn: "2026-12-04", sentAfter5pm: true })).toBe(
      "Sent by email on 4 December 2026, after 5 pm. An email after 5 pm counts as received on the next working day: 7 December 2026. IPSEA's practice; not yet checked against the law's own text.",
    );
    const changed = describeReceipt({ date: "2026-09-23", sentBy: "second_class", sentOn: "2026-09-17", sentAfter5pm: null });
    expect(changed).toContain("our own assumption, not the law");
    expect(changed).toContain("You recorded 23 September 2026 instead");
  });
});
