// After sign-up: tell the person to look for the confirmation email.
import { Link } from "react-router";
import type { Route } from "./+types/sign-up-check-email";
import { config } from "~/services/config.server";

export const meta: Route.MetaFunction = () => [{ title: "Check your email – Clearpath" }];

export function loader() {
  return { isOutboxVisible: config.isOutboxVisible };
}

export default function CheckEmail({ loaderData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Check your email</h1>
      <p>We have sent you an email with a link to confirm your address. Open the link, then sign in.</p>
      <p>If the email does not arrive within a few minutes, look in your junk or spam folder.</p>
      {loaderData.isOutboxVisible ? (
        <p className="note">
          This copy of Clearpath does not send real emails. <Link to="/outbox">Open the email outbox</Link> to find
          the link.
        </p>
      ) : null}
      <p>
        <Link to="/sign-in">Go to sign in</Link>
      </p>
    </section>
  );
}
