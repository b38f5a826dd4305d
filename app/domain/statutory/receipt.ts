// When a request counts as received by the council, from how and when the family sent it: the
// council's time limits run from receipt (R-EHCNA-RECEIPT, R-AR-REASSESS). The rules are IPSEA's
// practice, which the reference records; second-class post is Clearpath's own assumption, said so
// wherever it is shown (decision 032).

import { type CalendarDate } from "../calendar/calendar-date";
import { formatDate } from "../presentation";
import { addWorkingDays, ENGLAND_AND_WALES, isWorkingDay, type HolidayCalendar } from "../calendar/working-days";
import { LAW_AS_AT } from "../law/catalogue";
import { getRule } from "../law/get-rule";
import { describeVerification } from "../law/statements";

export const SENDING_METHODS = ["by_hand", "email", "signed_for", "first_class", "second_class"] as const;
export type SendingMethod = (typeof SENDING_METHODS)[number];

/** The requests whose time limits run from the day the council received them. */
export const RECEIPT_EVENT_TYPES: ReadonlySet<string> = new Set(["ehcna_request_received", "reassessment_requested"]);

/** How each way of sending is named on the form, and what date it asks for. */
export const SENDING_METHOD_LABELS: Readonly<Record<SendingMethod, string>> = {
  by_hand: "By hand, at the council's office",
  email: "By email",
  signed_for: "By signed-for post (give the day it was signed for)",
  first_class: "By first-class post",
  second_class: "By second-class post",
};

export type Receipt = {
  /** The day the request counts as received. */
  date: CalendarDate;
  /** "practice": IPSEA's practice as the reference records it; "assumption": Clearpath's own. */
  basis: "practice" | "assumption";
  /** Why, in a sentence. */
  reason: string;
  rules: string[];
};

/**
 * The day a request counts as received.
 *
 * - by hand or email: that day; after 5 pm, or on a day that is not a working day, the next working day;
 * - signed-for post: the day it was signed for (the date given is that day);
 * - first-class post: the next working day after posting;
 * - second-class post: the third working day after posting (Clearpath's assumption: Royal Mail
 *   aims to deliver it within 3 working days, and neither the law nor the reference says).
 *
 * Example: an email sent at 6 pm on Friday 4 December 2026 counts as received Monday 7 December 2026.
 */
export function receiptDate(options: {
  method: SendingMethod;
  sentOn: CalendarDate;
  isAfter5pm?: boolean;
  calendar?: HolidayCalendar;
}): Receipt {
  const calendar = options.calendar ?? ENGLAND_AND_WALES;
  const { method, sentOn } = options;
  const practice = (date: CalendarDate, reason: string): Receipt => ({ date, basis: "practice", reason, rules: ["R-EHCNA-RECEIPT"] });
  const nextWorkingDay = (from: CalendarDate) => addWorkingDays({ from, count: 1, counting: "after", calendar });
  switch (method) {
    case "by_hand":
    case "email": {
      const how = method === "email" ? "An email" : "A request delivered by hand";
      if (!isWorkingDay(sentOn, calendar)) return practice(nextWorkingDay(sentOn), `${how} on a day that is not a working day counts as received on the next working day.`);
      if (options.isAfter5pm) return practice(nextWorkingDay(sentOn), `${how} after 5 pm counts as received on the next working day.`);
      return practice(sentOn, `${how} before 5 pm on a working day counts as received that day.`);
    }
    case "signed_for":
      return practice(sentOn, "Signed-for post counts as received on the day it was signed for.");
    case "first_class":
      return practice(nextWorkingDay(sentOn), "First-class post counts as received on the next working day after posting.");
    case "second_class":
      return {
        date: addWorkingDays({ from: sentOn, count: 3, counting: "after", calendar }),
        basis: "assumption",
        reason:
          "For second-class post, Clearpath assumes the third working day after posting. This is our own assumption, not the law: keep proof of when it arrived.",
        rules: ["R-EHCNA-RECEIPT"],
      };
  }
}

const SENT_WORDS: Readonly<Record<SendingMethod, string>> = {
  by_hand: "Handed in",
  email: "Sent by email",
  signed_for: "Signed for",
  first_class: "Posted first class",
  second_class: "Posted second class",
};

/**
 * How a request was sent and the day that makes it received, beside the day recorded, e.g.
 * "Sent by email on 20 November 2026, after 5 pm. An email after 5 pm counts as received on the
 * next working day: 23 November 2026. IPSEA's practice; not yet checked against the law's own text."
 */
export function describeReceipt(event: {
  date: CalendarDate;
  sentBy: SendingMethod;
  sentOn: CalendarDate;
  sentAfter5pm: boolean | null;
}): string {
  const receipt = receiptDate({ method: event.sentBy, sentOn: event.sentOn, isAfter5pm: event.sentAfter5pm ?? false });
  const time = event.sentAfter5pm === null ? "" : event.sentAfter5pm ? ", after 5 pm" : ", before 5 pm";
  const sent = `${SENT_WORDS[event.sentBy]} on ${formatDate(event.sentOn)}${time}.`;
  const counted = `${receipt.reason.replace(/\.$/, "")}: ${formatDate(receipt.date)}.`;
  const source =
    receipt.basis === "assumption" ? "" : ` IPSEA's practice; ${describeVerification(getRule("R-EHCNA-RECEIPT", LAW_AS_AT)).replace(/^N/, "n")}`;
  const recorded =
    receipt.date === event.date ? "" : ` You recorded ${formatDate(event.date)} instead; the time limits count from your date.`;
  return `${sent} ${counted}${source}${recorded}`;
}
