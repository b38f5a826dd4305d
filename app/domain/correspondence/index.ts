// The correspondence log's judgement: where each awaited reply stands.
export {
  CORRESPONDENCE_FILTERS,
  describeReplyStatus,
  findRepliedOn,
  getReplyStatus,
  matchesFilter,
} from "./reply-status";
export type { CorrespondenceDates, CorrespondenceFilter, ReplyStatus } from "./reply-status";
