// Builders for meetings, their actions, and the correspondence log, with sensible defaults. Each
// takes the CaseAccess from the gate, as the app's own code does.
import type { CaseAccess } from "~/auth/access.server";
import { logCorrespondence, type CorrespondenceInput } from "~/data/correspondence.server";
import { addAction, getMeeting, planMeeting } from "~/data/meetings.server";
import type { ActionForm, PlanMeetingForm } from "~/forms/meetings";

/** Plans a meeting; returns it as stored, with its actions. */
export async function createMeeting(access: CaseAccess, overrides: Partial<PlanMeetingForm> = {}) {
  const id = await planMeeting(access, {
    date: "2026-10-20",
    kind: "sen_review",
    title: "Autumn review",
    attendees: ["Ms Patel, SENCO"],
    ...overrides,
  });
  return getMeeting(access, id);
}

/** Adds an action to the meeting; returns the action as stored. */
export async function createAction(
  access: CaseAccess,
  meeting: { id: string },
  overrides: Partial<ActionForm> = {},
) {
  await addAction(access, meeting.id, {
    description: "Send the provision map",
    owner: "Ms Patel",
    dueDate: "2026-10-30",
    ...overrides,
  });
  return (await getMeeting(access, meeting.id)).actions.at(-1)!;
}

/** Logs a letter, email or call (by default an email sent to the SENCO, no reply asked). */
export async function createCorrespondence(
  access: CaseAccess,
  overrides: Partial<CorrespondenceInput> = {},
) {
  const entry: CorrespondenceInput = {
    direction: "sent",
    date: "2026-03-01",
    channel: "email",
    from: "Me",
    to: "Ms Patel, SENCO",
    subject: "Sam's reading group",
    body: "Could you tell me how often the reading group runs?",
    kind: null,
    replyBy: null,
    ...overrides,
  };
  return { id: await logCorrespondence(access, entry), ...entry };
}
