import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createAction, createCorrespondence, createMeeting } from "../../tests/factories/meetings";
import { requireCaseAccess } from "~/auth/access.server";
import {
  findCorrespondence,
  getFollowUpGlance,
  listCorrespondence,
  logCorrespondence,
  removeCorrespondence,
  updateCorrespondence,
} from "./correspondence.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

describe("the correspondence log", () => {
  it("lists items newest first", async () => {
    const access = await ownCase();
    await createCorrespondence(access, { subject: "Older", date: "2026-02-01" });
    await createCorrespondence(access, { subject: "Newer", date: "2026-03-01" });
    expect((await listCorrespondence(access)).map((c) => c.subject)).toEqual(["Newer", "Older"]);
  });

  it("marks a sent item replied when a received reply to it is logged", async () => {
    const access = await ownCase();
    const sent = await createCorrespondence(access, { replyBy: "2026-03-15" });
    await createCorrespondence(access, { direction: "received", date: "2026-03-09", subject: "Re: reading group", inReplyTo: sent.id });
    expect(await findCorrespondence(access, sent.id)).toMatchObject({ repliedOn: "2026-03-09" });
  });

  it("keeps the first reply's date when a second reply comes", async () => {
    const access = await ownCase();
    const sent = await createCorrespondence(access);
    await createCorrespondence(access, { direction: "received", date: "2026-03-09", inReplyTo: sent.id });
    await createCorrespondence(access, { direction: "received", date: "2026-03-20", inReplyTo: sent.id });
    expect(await findCorrespondence(access, sent.id)).toMatchObject({ repliedOn: "2026-03-09" });
  });

  it("does not mark anything replied by what the parent sends", async () => {
    const access = await ownCase();
    const received = await createCorrespondence(access, { direction: "received" });
    await createCorrespondence(access, { direction: "sent", date: "2026-03-05", inReplyTo: received.id });
    expect(await findCorrespondence(access, received.id)).toMatchObject({ repliedOn: null });
  });

  it("marks the sent item replied when an edit links a reply to it, and never links an item to itself", async () => {
    const access = await ownCase();
    const sent = await createCorrespondence(access);
    const reply = await createCorrespondence(access, { direction: "received", date: "2026-03-10" });
    const { id: replyId, kind: _kind, ...details } = reply;
    expect(await updateCorrespondence(access, replyId, { ...details, inReplyTo: sent.id })).toBe(true);
    expect(await findCorrespondence(access, sent.id)).toMatchObject({ repliedOn: "2026-03-10" });
    expect(await findCorrespondence(access, replyId)).toMatchObject({ inReplyTo: sent.id });
    expect(await updateCorrespondence(access, replyId, { ...details, inReplyTo: replyId })).toBe(true);
    expect(await findCorrespondence(access, replyId)).toMatchObject({ inReplyTo: null });
  });

  it("unlinks replies when what they answer is removed", async () => {
    const access = await ownCase();
    const sent = await createCorrespondence(access);
    const reply = await createCorrespondence(access, { direction: "received", date: "2026-03-10", inReplyTo: sent.id });
    expect(await removeCorrespondence(access, sent.id)).toBe(true);
    expect(await findCorrespondence(access, sent.id)).toBeNull();
    expect(await findCorrespondence(access, reply.id)).toMatchObject({ inReplyTo: null });
  });

  it("logs a follow-up email with its meeting, kind and reply-by date", async () => {
    const access = await ownCase();
    const meeting = await createMeeting(access);
    const id = await logCorrespondence(access, { direction: "sent", date: "2026-10-21", channel: "email", from: null, to: "senco@school.example", subject: "Our meeting", body: "Thank you", kind: "meeting_follow_up", replyBy: "2026-10-28", meetingId: meeting.id });
    expect(await findCorrespondence(access, id)).toMatchObject({ kind: "meeting_follow_up", meetingId: meeting.id, replyBy: "2026-10-28", repliedOn: null });
  });

  it("never finds, changes, removes, answers or counts another family's items", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createCorrespondence(otherAccess, { subject: "Theirs", replyBy: "2026-03-05" });
    const { id: _id, kind: _kind, ...details } = theirs;

    expect(await findCorrespondence(access, theirs.id)).toBeNull();
    expect(await updateCorrespondence(access, theirs.id, { ...details, subject: "Hijacked" })).toBe(false);
    expect(await removeCorrespondence(access, theirs.id)).toBe(false);
    // A reply in my case to their letter is refused, and marks nothing.
    await expect(createCorrespondence(access, { direction: "received", date: "2026-03-09", inReplyTo: theirs.id })).rejects.toMatchObject({ init: { status: 404 } });
    const mine = await createCorrespondence(access, { subject: "Mine" });
    const { id: mineId, kind: _k, ...mineDetails } = mine;
    await expect(updateCorrespondence(access, mineId, { ...mineDetails, direction: "received", inReplyTo: theirs.id })).rejects.toMatchObject({ init: { status: 404 } });

    expect((await listCorrespondence(access)).map((c) => c.subject)).toEqual(["Mine"]);
    expect((await getFollowUpGlance(access, "2026-04-01")).overdueReplyCount).toBe(0);
    expect(await findCorrespondence(otherAccess, theirs.id)).toMatchObject({ subject: "Theirs", repliedOn: null });
    expect((await getFollowUpGlance(otherAccess, "2026-04-01")).overdueReplyCount).toBe(1);
  });
});

describe("getFollowUpGlance", () => {
  it("lists overdue replies, longest overdue first, with the next meeting and overdue actions", async () => {
    const access = await ownCase();
    await createCorrespondence(access, { subject: "Late", replyBy: "2026-03-10" });
    await createCorrespondence(access, { subject: "Later still", date: "2026-02-01", replyBy: "2026-02-15" });
    await createCorrespondence(access, { subject: "Not yet due", replyBy: "2026-03-20" });
    await createCorrespondence(access, { subject: "Due today", replyBy: "2026-03-13" });
    const answered = await createCorrespondence(access, { subject: "Answered", replyBy: "2026-03-02" });
    await createCorrespondence(access, { direction: "received", date: "2026-03-03", inReplyTo: answered.id });
    await createCorrespondence(access, { direction: "received", subject: "Received with a date", replyBy: "2026-03-01" });
    const past = await createMeeting(access, { date: "2026-02-20", title: "Past" });
    await createAction(access, past, { dueDate: "2026-03-01" });
    await createAction(access, past, { dueDate: "2026-04-01" });
    await createMeeting(access, { date: "2026-03-20", title: "Next", kind: "senco" });
    await createMeeting(access, { date: "2026-04-20", title: "After" });

    const glance = await getFollowUpGlance(access, "2026-03-13");
    expect(glance.overdueReplies.map((r) => [r.subject, r.replyBy])).toEqual([
      ["Later still", "2026-02-15"],
      ["Late", "2026-03-10"],
    ]);
    expect(glance.overdueReplies[0]).toMatchObject({ date: "2026-02-01", to: "Ms Patel, SENCO" });
    expect(glance.overdueReplyCount).toBe(2);
    expect(glance.nextMeeting).toMatchObject({ date: "2026-03-20", title: "Next", kind: "senco" });
    expect(glance.overdueActionCount).toBe(1);
  });

  it("names at most five replies but counts them all", async () => {
    const access = await ownCase();
    for (let day = 1; day <= 7; day += 1) await createCorrespondence(access, { subject: `Letter ${day}`, replyBy: `2026-03-0${day}` });
    const glance = await getFollowUpGlance(access, "2026-03-13");
    expect(glance.overdueReplies).toHaveLength(5);
    expect(glance.overdueReplyCount).toBe(7);
  });

  it("is empty for a new case", async () => {
    expect(await getFollowUpGlance(await ownCase(), "2026-03-13")).toEqual({ overdueReplies: [], overdueReplyCount: 0, nextMeeting: null, overdueActionCount: 0 });
  });
});
