// The account page: links to change password, manage sessions and delete the account.
import { Link } from "react-router";
import type { Route } from "./+types/account";
import { requireUser } from "~/auth/session.server";

export const meta: Route.MetaFunction = () => [{ title: "Your account – Clearpath" }];

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  return { name: user.name, email: user.email };
}

export default function Account({ loaderData }: Route.ComponentProps) {
  return (
    <section className="narrow">
      <h1>Your account</h1>
      <dl className="summary-list">
        <div>
          <dt>Name</dt>
          <dd>{loaderData.name}</dd>
        </div>
        <div>
          <dt>Email address</dt>
          <dd>{loaderData.email}</dd>
        </div>
      </dl>
      <ul className="link-list">
        <li>
          <Link to="/account/password">Change your password</Link>
        </li>
        <li>
          <Link to="/account/sessions">See where you are signed in</Link>
        </li>
        <li>
          <Link to="/account/calendar">Calendar and reminders</Link>
        </li>
        <li>
          <Link to="/account/two-factor">Two-step sign-in</Link>
        </li>
        <li>
          <Link to="/account/delete">Delete your account</Link>
        </li>
      </ul>
    </section>
  );
}
