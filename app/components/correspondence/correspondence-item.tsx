// One letter, email or call in the log: who, when, what about, the reply timer, what it answers
// and what answered it, and (for those who may change the case) ways to log a reply, change it or
// remove it.
import { Form, Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import type { ReplyStatus } from "~/domain/correspondence/reply-status";
import { CHANNEL_LABELS, type Channel, type Direction } from "~/forms/correspondence";
import { ReplyTimer } from "./reply-timer";

export type CorrespondenceView = {
  id: string;
  direction: Direction;
  date: string;
  channel: Channel;
  from: string | null;
  to: string | null;
  subject: string | null;
  body: string | null;
  status: ReplyStatus;
  answers: { id: string; date: string; subject: string | null } | null;
  replies: Array<{ id: string; date: string; subject: string | null }>;
  meetingId: string | null;
};

/** Bodies longer than this fold away, so the log stays easy to scan. */
const SHORT_BODY = 280;

function describeWay(item: Pick<CorrespondenceView, "direction" | "channel">): string {
  if (item.channel === "phone") return item.direction === "sent" ? "Call I made" : "Call I took";
  if (item.channel === "meeting")
    return item.direction === "sent" ? "Said in person by me" : "Said to me in person";
  return `${CHANNEL_LABELS[item.channel]} ${item.direction === "sent" ? "sent" : "received"}`;
}

export function CorrespondenceItem({
  item,
  caseId,
  canWrite,
}: {
  item: CorrespondenceView;
  caseId: string;
  canWrite: boolean;
}) {
  const headingId = `item-${item.id}-title`;
  const subject = item.subject ?? "(no subject)";
  const isAwaiting = item.status.kind === "due" || item.status.kind === "overdue";
  return (
    <li>
      <article
        id={`item-${item.id}`}
        aria-labelledby={headingId}
        className={`card correspondence correspondence--${item.direction} correspondence--${item.status.kind}`}
      >
        <h3 className="card__title" id={headingId}>
          {subject}
        </h3>
        <p className="meta">
          {describeWay(item)}, {formatDate(item.date)}
          {item.from ? `. From ${item.from}` : ""}
          {item.to ? `. To ${item.to}` : ""}
        </p>
        <ReplyTimer status={item.status} />
        {item.answers ? (
          <p className="meta">
            In reply to{" "}
            <a href={`#item-${item.answers.id}`}>{item.answers.subject ?? "(no subject)"}</a> of{" "}
            {formatDate(item.answers.date)}
          </p>
        ) : null}
        {item.replies.length > 0 ? (
          <p className="meta">
            {item.replies.length === 1 ? "Reply: " : "Replies: "}
            {item.replies.map((reply, index) => (
              <span key={reply.id}>
                {index > 0 ? ", " : ""}
                <a href={`#item-${reply.id}`}>{formatDate(reply.date)}</a>
              </span>
            ))}
          </p>
        ) : null}
        {item.meetingId ? (
          <p className="meta">
            About the <Link to={`/cases/${caseId}/meetings/${item.meetingId}`}>meeting</Link>
          </p>
        ) : null}
        {item.body ? (
          item.body.length > SHORT_BODY ? (
            <details>
              <summary>
                Read it all<span className="visually-hidden">: {subject}</span>
              </summary>
              <p className="preserve-lines">{item.body}</p>
            </details>
          ) : (
            <p className="preserve-lines">{item.body}</p>
          )
        ) : null}
        {canWrite ? (
          <div className="actions">
            {isAwaiting ? (
              <Link to={`?reply=${item.id}#log-form`}>
                Log the reply<span className="visually-hidden"> to {subject}</span>
              </Link>
            ) : null}
            <Link to={`?edit=${item.id}#log-form`}>
              Change<span className="visually-hidden"> {subject}</span>
            </Link>
            <Form method="post">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="id" value={item.id} />
              <button type="submit" className="link-button">
                Remove<span className="visually-hidden"> {subject}</span>
              </button>
            </Form>
          </div>
        ) : null}
      </article>
    </li>
  );
}
