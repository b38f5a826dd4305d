// The outbox: emails kept instead of sent when no mail server is configured. It exists only on a
// server that listens on a loopback address (this computer only): anyone who could read it could
// ask a password reset for anyone and follow the link (docs/decisions/015-where-it-listens.md).
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/outbox";
import { config } from "~/services/config.server";
import { listOutbox } from "~/services/mail.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { beforeSecondFactor: true } };
import { formatDateTime } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Email outbox – Clearpath" }];

export async function loader() {
  if (!config.isOutboxVisible) fail("not_found");
  const messages = await listOutbox();
  return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) };
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) => (/^https?:\/\//.test(part) ? <a key={i} href={part}>{part}</a> : part));
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  return (
    <section>
      <h1>Email outbox</h1>
      <p>
        No mail server is set up, so Clearpath keeps its emails here instead of sending them. Newest first.
      </p>
      {loaderData.messages.length === 0 ? <p>There are no emails yet.</p> : null}
      <ul className="card-list">
        {loaderData.messages.map((message) => (
          <li key={message.id} className="card">
            <h2 className="card__title">{message.subject}</h2>
            <p className="meta">
              To {message.to}, {formatDateTime(message.createdAt)}
            </p>
            <pre className="email-body">{linkify(message.text)}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
