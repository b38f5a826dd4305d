// Shown after an account is deleted.
import { Link } from "react-router";
import type { Route } from "./+types/account-deleted";

export const meta: Route.MetaFunction = () => [{ title: "Account deleted – Clearpath" }];

export default function AccountDeleted() {
  return (
    <section className="narrow">
      <h1>Your account has been deleted</h1>
      <p>Your records and sign-in details are gone. You have been signed out.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
