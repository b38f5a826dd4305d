// How a meeting is named on screen: its own title, or what kind of meeting it is.
import { MEETING_KIND_LABELS, type MeetingKind } from "~/forms/meetings";

export function meetingName(meeting: { title: string | null; kind: MeetingKind }): string {
  return meeting.title ?? MEETING_KIND_LABELS[meeting.kind];
}
