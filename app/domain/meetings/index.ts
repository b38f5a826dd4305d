// Meetings: the question bank, the preparation sheet, open actions, and the follow-up email.
export {
  MEETING_QUESTIONS,
  MEETING_QUESTION_IDS,
  QUESTION_GROUPS,
  QUESTION_GROUP_LABELS,
  findMeetingQuestion,
  groupQuestions,
  suggestQuestions,
} from "./question-bank";
export type { MeetingQuestion, QuestionGroup } from "./question-bank";
export { prepareMeeting, splitQuestions } from "./prepare-meeting";
export type {
  DeliveryGap,
  MeetingPreparation,
  MeetingToPrepare,
  PrepareMeetingOptions,
} from "./prepare-meeting";
export { listOpenActions } from "./open-actions";
export type { MeetingWithActions, OpenAction } from "./open-actions";
export {
  FOLLOW_UP_REPLY_DAYS,
  describeAction,
  draftActionReminderEmail,
  draftFollowUpEmail,
} from "./follow-up-email";
export type { DraftEmail, FollowUpEmailOptions, MeetingForFollowUp } from "./follow-up-email";
export { buildEmailMessage, encodeHeaderText, formatEmailAsText } from "./email-message";
export type { EmailMessageInput } from "./email-message";
