import { describe, expect, it } from "vitest";
import {
  describeAction,
  draftActionReminderEmail,
  draftFollowUpEmail,
  type MeetingForFollowUp,
} from "./follow-up-email";

const meeting: MeetingForFollowUp = {
  date: "2026-10-20",
  notes: "We looked at the reading scores.",
  agreed: "Sam will start a phonics group three times a week.",
  actions: [
    {
      description: "Send the provision map",
      owner: "Ms Patel",
      dueDate: "2026-10-30",
      status: "open",
    },
    { description: "Share the speech therapy report", owner: "Me", dueDate: null, status: "done" },
    { description: "Move Sam's seat", owner: null, dueDate: null, status: "dropped" },
  ],
};

const options = {
  meeting,
  childName: "Sam",
  senderName: "Jo Reed",
  recipientName: "Ms Patel",
  replyBy: "2026-11-06",
};

describe("draftFollowUpEmail", () => {
  it("thanks, confirms what was agreed, lists the actions and asks for corrections by a date", () => {
    const { subject, body } = draftFollowUpEmail(options);
    expect(subject).toBe(
      "Our meeting on Tuesday 20 October 2026: what we agreed about Sam's support",
    );
    expect(body).toBe(
      [
        "Dear Ms Patel,",
        "Thank you for meeting with me on Tuesday 20 October 2026 to talk about Sam's support. I am writing to make sure we have the same record of what was said.",
        "To confirm what we agreed:\nSam will start a phonics group three times a week.",
        "Actions:\n- Send the provision map (Ms Patel, by Friday 30 October 2026)\n- Share the speech therapy report (Me) (done)",
        "Please let me know by Friday 6 November 2026 if I have misunderstood anything. If I do not hear from you by then, I will keep this email as our record of the meeting.",
        "Kind regards,\nJo Reed",
      ].join("\n\n"),
    );
  });

  it("leaves dropped actions out", () => {
    expect(draftFollowUpEmail(options).body).not.toContain("Move Sam's seat");
  });

  it("uses the notes when nothing agreed was written down", () => {
    const { body } = draftFollowUpEmail({ ...options, meeting: { ...meeting, agreed: "  " } });
    expect(body).toContain("My notes of what we discussed:\nWe looked at the reading scores.");
    expect(body).not.toContain("To confirm what we agreed");
  });

  it("still makes a short, polite email from a meeting with nothing recorded", () => {
    const { body } = draftFollowUpEmail({
      ...options,
      recipientName: null,
      replyBy: null,
      meeting: { date: "2026-10-20", notes: null, agreed: null, actions: [] },
    });
    expect(body).toBe(
      "Hello,\n\nThank you for meeting with me on Tuesday 20 October 2026 to talk about Sam's support. I am writing to make sure we have the same record of what was said.\n\nPlease let me know if I have misunderstood anything.\n\nKind regards,\nJo Reed",
    );
  });
});

describe("draftActionReminderEmail", () => {
  it("asks for an update on the overdue actions only", () => {
    const withTwoOpen = {
      ...meeting,
      actions: [
        ...meeting.actions,
        {
          description: "Book the next review",
          owner: "Ms Patel",
          dueDate: "2026-12-01",
          status: "open" as const,
        },
      ],
    };
    const { subject, body } = draftActionReminderEmail({
      ...options,
      meeting: withTwoOpen,
      replyBy: "2026-11-20",
      today: "2026-11-13",
    });
    expect(subject).toBe(
      "Update on the actions from our meeting on Tuesday 20 October 2026 about Sam",
    );
    expect(body).toContain(
      "we agreed this action, and I have not yet heard that it has been done:\n\n- Send the provision map (Ms Patel, by Friday 30 October 2026)",
    );
    expect(body).not.toContain("Book the next review");
    expect(body).toContain(
      "when I can expect it to be done? It would help to hear from you by Friday 20 November 2026.",
    );
    expect(body.endsWith("Kind regards,\nJo Reed")).toBe(true);
  });

  it("asks about every open action when none is overdue yet", () => {
    const { body } = draftActionReminderEmail({ ...options, replyBy: null, today: "2026-10-21" });
    expect(body).toContain("- Send the provision map");
    expect(body).not.toContain("Share the speech therapy report");
    expect(body).not.toContain("It would help to hear");
  });

  it("speaks of several actions in the plural", () => {
    const twoLate = {
      ...meeting,
      actions: [
        meeting.actions[0]!,
        {
          description: "Ask the therapist",
          owner: null,
          dueDate: "2026-10-25",
          status: "open" as const,
        },
      ],
    };
    const { body } = draftActionReminderEmail({
      ...options,
      meeting: twoLate,
      today: "2026-11-13",
    });
    expect(body).toContain(
      "we agreed these actions, and I have not yet heard that they have been done",
    );
    expect(body).toContain("when I can expect them to be done?");
  });
});

describe("describeAction", () => {
  it("adds who and when, leaving out what is missing", () => {
    expect(describeAction({ description: "Call", owner: "SENCO", dueDate: "2026-10-30" })).toBe(
      "Call (SENCO, by Friday 30 October 2026)",
    );
    expect(describeAction({ description: "Call", owner: null, dueDate: "2026-10-30" })).toBe(
      "Call (by Friday 30 October 2026)",
    );
    expect(describeAction({ description: "Call", owner: null, dueDate: null })).toBe("Call");
  });
});
