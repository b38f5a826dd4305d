// The "awaiting reply" timer of one letter or email, in words, marked when the reply is late.
import { formatDate } from "~/domain/presentation";
import { describeReplyStatus, type ReplyStatus } from "~/domain/correspondence/reply-status";

export function ReplyTimer({ status }: { status: ReplyStatus }) {
  const words = describeReplyStatus(status, formatDate);
  if (!words) return null;
  return (
    <p className={`reply-timer reply-timer--${status.kind}`}>
      <strong>{words}</strong>
      {status.kind === "due" || status.kind === "overdue" ? (
        <span className="meta"> (reply asked for by {formatDate(status.replyBy)})</span>
      ) : null}
    </p>
  );
}
