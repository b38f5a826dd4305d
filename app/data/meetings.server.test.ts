import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createAction, createMeeting } from "../../tests/factories/meetings";
import { requireCaseAccess } from "~/auth/access.server";
import {
  addAction,
  getMeeting,
  listMeetings,
  removeAction,
  removeMeeting,
  saveMeetingQuestions,
  saveMeetingRecord,
  setActionStatus,
  updateAction,
} from "./meetings.server";
import { getCaseDocument } from "./case-document.server";

useTestDatabase();

async function ownCase() {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ init: { status: 404 } });
}

describe("meetings", () => {
  it("plans a meeting and lists meetings newest first, each with its actions in order", async () => {
    const access = await ownCase();
    const older = await createMeeting(access, { date: "2026-09-10", title: "First" });
    await createMeeting(access, { date: "2026-11-20", title: "Next" });
    await createAction(access, older, { description: "One" });
    await createAction(access, older, { description: "Two" });
    const listed = await listMeetings(access);
    expect(listed.map((m) => m.title)).toEqual(["Next", "First"]);
    expect(listed[1]!.actions.map((a) => [a.description, a.position])).toEqual([
      ["One", 0],
      ["Two", 1],
    ]);
    expect(listed[0]!.actions).toEqual([]);
  });

  it("saves the record of a meeting, and the questions for it", async () => {
    const access = await ownCase();
    const meeting = await createMeeting(access);
    expect(
      await saveMeetingRecord(access, meeting.id, {
        date: "2026-10-21",
        kind: "senco",
        title: "Catch-up",
        attendees: ["Ms Patel", "Me"],
        parentAttended: true,
        notes: "Talked about reading.",
        agreed: "A phonics group three times a week.",
      }),
    ).toBe(true);
    expect(await saveMeetingQuestions(access, meeting.id, { questions: "Why?\nWho?", picked: ["plan-copy"] })).toBe(true);
    expect(await getMeeting(access, meeting.id)).toMatchObject({
      date: "2026-10-21",
      kind: "senco",
      attendees: ["Ms Patel", "Me"],
      agreed: "A phonics group three times a week.",
      questions: "Why?\nWho?",
      pickedQuestions: ["plan-copy"],
    });
  });

  it("changes an action, marks it done on a date, drops it, reopens it and removes it", async () => {
    const access = await ownCase();
    const meeting = await createMeeting(access);
    const action = await createAction(access, meeting);
    expect(await updateAction(access, meeting.id, action.id, { description: "Send the map", owner: null, dueDate: null })).toBe(true);
    expect(await setActionStatus(access, meeting.id, action.id, "done", "2026-10-25")).toBe(true);
    expect((await getMeeting(access, meeting.id)).actions[0]).toMatchObject({ description: "Send the map", owner: null, status: "done", doneOn: "2026-10-25" });
    expect(await setActionStatus(access, meeting.id, action.id, "dropped", "2026-10-26")).toBe(true);
    expect((await getMeeting(access, meeting.id)).actions[0]).toMatchObject({ status: "dropped", doneOn: null });
    expect(await setActionStatus(access, meeting.id, action.id, "open", "2026-10-27")).toBe(true);
    expect((await getMeeting(access, meeting.id)).actions[0]).toMatchObject({ status: "open", doneOn: null });
    expect(await removeAction(access, meeting.id, action.id)).toBe(true);
    expect((await getMeeting(access, meeting.id)).actions).toEqual([]);
  });

  it("removes a meeting with its actions", async () => {
    const access = await ownCase();
    const meeting = await createMeeting(access);
    await createAction(access, meeting);
    expect(await removeMeeting(access, meeting.id)).toBe(true);
    await expectNotFound(getMeeting(access, meeting.id));
    expect(await listMeetings(access)).toEqual([]);
  });

  it("shows meetings and actions in the case document the health check reads", async () => {
    const access = await ownCase();
    const meeting = await createMeeting(access, { date: "2026-10-01" });
    await createAction(access, meeting, { dueDate: "2026-10-15" });
    const document = await getCaseDocument(access);
    expect(document.meetings).toMatchObject([{ id: meeting.id, date: "2026-10-01", actions: [{ description: "Send the provision map", status: "open", dueDate: "2026-10-15" }] }]);
  });

  it("answers 404 for an id that is not a meeting id at all", async () => {
    const access = await ownCase();
    await expectNotFound(getMeeting(access, "not-a-uuid"));
    expect(await addAction(access, "not-a-uuid", { description: "x", owner: null, dueDate: null })).toBe(false);
  });

  it("never finds, changes or removes another family's meeting or actions", async () => {
    const access = await ownCase();
    const otherAccess = await ownCase();
    const theirs = await createMeeting(otherAccess, { title: "Theirs" });
    const theirAction = await createAction(otherAccess, theirs, { description: "Their action" });
    const mine = await createMeeting(access, { title: "Mine" });

    await expectNotFound(getMeeting(access, theirs.id));
    expect(await saveMeetingRecord(access, theirs.id, { date: "2026-10-21", kind: "other", title: "Hijacked", attendees: [], parentAttended: false, notes: null, agreed: null })).toBe(false);
    expect(await saveMeetingQuestions(access, theirs.id, { questions: "Hijacked", picked: [] })).toBe(false);
    expect(await addAction(access, theirs.id, { description: "Hijacked", owner: null, dueDate: null })).toBe(false);
    // Their action through my meeting, or through theirs: neither works.
    for (const meetingId of [mine.id, theirs.id]) {
      expect(await updateAction(access, meetingId, theirAction.id, { description: "Hijacked", owner: null, dueDate: null })).toBe(false);
      expect(await setActionStatus(access, meetingId, theirAction.id, "done", "2026-10-25")).toBe(false);
      expect(await removeAction(access, meetingId, theirAction.id)).toBe(false);
    }
    expect(await removeMeeting(access, theirs.id)).toBe(false);

    expect((await listMeetings(access)).map((m) => m.title)).toEqual(["Mine"]);
    expect(await getMeeting(otherAccess, theirs.id)).toMatchObject({ title: "Theirs", questions: null, actions: [{ description: "Their action", status: "open" }] });
  });
});
