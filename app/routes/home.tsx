// The start page: what Clearpath is, for people who are signed out. Someone signed in goes to
// their own start: the organisation's admin to the organisation page, everyone else to their cases.
import { Link, redirect } from "react-router";
import type { Route } from "./+types/home";
import { userContext } from "~/context";

export const meta: Route.MetaFunction = () => [{ title: "Clearpath – support for your child's special educational needs" }];

export function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  if (user) throw redirect(user.orgRole === "admin" ? "/organisation" : "/cases");
  return null;
}

export default function Home() {
  return (
    <section className="narrow">
      <h1>Keep your child's SEN support on track</h1>
      <p className="lead">
        Clearpath is a place to keep the records of your child's special educational needs (SEN) support in
        England. It checks them against what the law and the SEND Code of Practice expect, tells you plainly what
        to do next, and helps you write the letters.
      </p>
      <ul>
        <li>Write down your child's needs, strengths and views in one place.</li>
        <li>See what should happen next, and when.</li>
        <li>Share your case with an adviser when you want help.</li>
      </ul>
      <p className="actions">
        <Link className="button" to="/sign-up">
          Create an account
        </Link>
        <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
