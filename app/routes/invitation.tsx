// Accepting an invitation to a case: the link from the email, which works once and only for the
// account with the address it was sent to.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/invitation";
import { userContext } from "~/context";
import { requireUser } from "~/auth/session.server";
import { formatDate } from "~/domain/presentation";
import { acceptInvitation, unsafeFindOpenInvitation } from "~/data/sharing.server";
import { LEVEL_LABELS, ROLE_LABELS } from "~/forms/sharing";
import { wallClockIn } from "~/services/clock.server";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "An invitation to a case – Clearpath" }];

const REASONS = {
  unusable: "This invitation link no longer works. It may have been used already, withdrawn, or be more than 7 days old. Ask the person who invited you to send a new one.",
  wrong_person: "This invitation was sent to a different email address. Sign out, then sign in with the address the email came to.",
  owner: "This is your own case, so you already have full access.",
  needs_two_factor: "Advisers see other families' cases, so your account needs two-step sign-in first. Turn it on, then open this link again.",
} as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const user = context.get(userContext);
  const open = await unsafeFindOpenInvitation(params.token);
  if (!open) return { state: "unusable" as const, message: REASONS.unusable };
  const offer = {
    childName: open.childName,
    inviterName: open.inviterName ?? "Someone",
    role: ROLE_LABELS[open.role],
    level: LEVEL_LABELS[open.level],
    lastDay: open.accessEndsAt ? wallClockIn("Europe/London", new Date(open.accessEndsAt.getTime() - 60_000)).date : null,
  };
  const here = new URL(request.url).pathname;
  if (!user) return { state: "signed_out" as const, offer, email: open.email, here };
  if (user.email.toLowerCase() !== open.email) return { state: "wrong_person" as const, message: REASONS.wrong_person };
  if (open.role === "adviser" && !user.hasTwoFactor) return { state: "needs_two_factor" as const, offer, here };
  return { state: "ready" as const, offer };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const result = await acceptInvitation(user, params.token);
  if (!result.ok) return data({ message: REASONS[result.reason] }, { status: 400 });
  return redirectWithFlash(`/cases/${result.caseId}`, "Invitation accepted. You can now see this case.");
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  if (loaderData.state === "unusable" || loaderData.state === "wrong_person") {
    return (
      <section className="narrow">
        <h1>This invitation cannot be used</h1>
        <p>{loaderData.message}</p>
        <p>
          <Link to="/cases">Go to your cases</Link>
        </p>
      </section>
    );
  }
  const { offer } = loaderData;
  return (
    <section className="narrow">
      <h1>{offer.inviterName} has shared a case with you</h1>
      <p>
        You are invited to {offer.childName}&rsquo;s case as {offer.role === "Adviser" ? "an adviser" : "a second carer"}, with{" "}
        <strong>{offer.level.toLowerCase()}</strong> access{offer.lastDay ? `, until the end of ${formatDate(offer.lastDay)}` : ""}. The family can
        change or end your access at any time, and can see what you open and change.
      </p>
      {actionData?.message ? (
        <p className="error-summary" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {loaderData.state === "signed_out" ? (
        <>
          <p>
            Sign in, or create an account, with <strong>{loaderData.email}</strong>, then open this link again.
          </p>
          <p>
            <Link className="button" to={`/sign-in?redirectTo=${encodeURIComponent(loaderData.here)}`}>
              Sign in to accept
            </Link>{" "}
            <Link to="/sign-up">Create an account</Link>
          </p>
        </>
      ) : loaderData.state === "needs_two_factor" ? (
        <>
          <p>{REASONS.needs_two_factor}</p>
          <p>
            <Link className="button" to="/account/two-factor">
              Turn on two-step sign-in
            </Link>
          </p>
        </>
      ) : (
        <Form method="post">
          <button type="submit">Accept and open the case</button>
        </Form>
      )}
    </section>
  );
}
