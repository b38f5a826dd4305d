// Confirms an email address from the emailed link. The link only shows a button: a GET never
// changes anything, so mail scanners that open links do not use it up.
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/confirm-email";
import { confirmEmail } from "~/auth/accounts.server";
import { redirectWithFlash } from "~/services/flash.server";
import { readForm } from "~/forms/parse";

export const meta: Route.MetaFunction = ({ data }) => [{ title: `${data?.token ? "Confirm your email" : "This link does not work"} – Clearpath` }];

const tokenSchema = z.string().min(1).max(200);

export function loader({ request }: Route.LoaderArgs) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  return { token: token.success ? token.data : null };
}

export async function action({ request }: Route.ActionArgs) {
  const token = tokenSchema.safeParse((await readForm(request)).get("token"));
  if (!token.success || !(await confirmEmail(token.data))) {
    return data({ failed: true }, { status: 400 });
  }
  return redirectWithFlash("/sign-in", "Your email address is confirmed. You can sign in now.");
}

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
  if (!loaderData.token || actionData?.failed) {
    return (
      <section className="narrow">
        <h1>This link does not work</h1>
        <p>
          It may have been used already or be more than 48 hours old. Sign in and we will send you a new link.
        </p>
        <p>
          <Link to="/sign-in">Go to sign in</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>Confirm your email address</h1>
      <Form method="post">
        <input type="hidden" name="token" value={loaderData.token} />
        <button type="submit">Confirm my email address</button>
      </Form>
    </section>
  );
}
