// After sign-up: tell the person to look for the confirmation email.
import { Link } from "react-router";
import type { Route } from "./+types/sign-up-check-email";

export const meta: Route.MetaFunction = () => [{ title: "Check your email – Clearpath" }];

export default function CheckEmail() {
  return (
    <section className="narrow">
      <h1>Check your email</h1>
      <p>We have sent you an email with a link to confirm your address. Open the link, then sign in.</p>
      <p>If the email does not arrive within a few minutes, look in your junk or spam folder.</p>
      <p>
        <Link to="/sign-in">Go to sign in</Link>
      </p>
    </section>
  );
}
