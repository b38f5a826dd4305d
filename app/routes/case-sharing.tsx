// Who can see this case: invite a second carer or an adviser by email, change what they may do
// and until when, and take access away at once. Only the case's owner sees this page.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/case-sharing";
import { openCase } from "~/auth/case-route.server";
import { siteOrigin } from "~/auth/accounts.server";
import {
  DateField,
  ErrorSummary,
  RadioGroup,
  TextField,
  typedDate,
  typedOr,
} from "~/components/form";
import { formatDate } from "~/domain/presentation";
import {
  changeAccess,
  createInvitation,
  listSharing,
  revokeAccess,
  revokeInvitation,
} from "~/data/sharing.server";
import { dateParts } from "~/forms/fields";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import { LEVEL_LABELS, ROLE_LABELS, sharingActionSchema } from "~/forms/sharing";
import { addDays } from "~/domain/calendar/calendar-date";
import { instantAt, wallClockIn } from "~/services/clock.server";
import { redirectWithFlash } from "~/services/flash.server";
import { sendInvitationEmail } from "~/services/notify.server";
import { isFailure } from "~/errors";

export const handle: RouteHandle = { page: { name: "Sharing", section: "people", menu: { label: "Sharing", group: "owner", order: 230 }, comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Sharing – Clearpath" }];

/** Access given "until" a day lasts to the end of that day in London. */
function endOfDay(day: string | null): Date | null {
  return day ? instantAt("Europe/London", addDays(day, 1)) : null;
}

function lastDay(endsAt: Date | null): string | null {
  return endsAt ? wallClockIn("Europe/London", new Date(endsAt.getTime() - 60_000)).date : null;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "own");
  const { people, invitations } = await listSharing(access);
  return {
    // One form per page for access: ?edit=<id> opens it for one person, in place of the invitation form.
    editing: new URL(request.url).searchParams.get("edit"),
    people: people.map((p) => ({ ...p, lastDay: lastDay(p.expiresAt) })),
    invitations: invitations.map((i) => ({
      ...i,
      lastDay: lastDay(i.accessEndsAt),
      linkLastDay: wallClockIn("Europe/London", i.expiresAt).date,
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access, today } = await openCase({ request, context, params }, "own");
  const back = `/cases/${access.caseId}/sharing`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, sharingActionSchema);
  if (!form.ok) {
    if (form.values.intent === "change")
      return data(
        {
          form: "change",
          accessId: String(formData.get("accessId") ?? ""),
          errors: form.errors,
          values: form.values,
        },
        { status: 400 },
      );
    return data(
      { form: "invite", accessId: "", errors: form.errors, values: form.values },
      { status: 400 },
    );
  }
  switch (form.data.intent) {
    case "revoke": {
      const done = await revokeAccess(access, form.data.accessId);
      return redirectWithFlash(
        back,
        done
          ? "Access taken away. They can no longer open this case."
          : "That person no longer has access.",
      );
    }
    case "withdraw": {
      const done = await revokeInvitation(access, form.data.invitationId);
      return redirectWithFlash(
        back,
        done
          ? "Invitation withdrawn. The link no longer works."
          : "That invitation was already used or withdrawn.",
      );
    }
    case "change":
      try {
        const done = await changeAccess(access, form.data.accessId, {
          level: form.data.level,
          expiresAt: endOfDay(form.data.endsOn),
        });
        return redirectWithFlash(
          back,
          done ? "Access changed." : "That person no longer has access.",
        );
      } catch (error) {
        // Only the refusal of write access for an adviser goes back to the form; a database
        // failure is a failure (500, logged), never a message about the form.
        if (!isFailure(error, "invalid")) throw error;
        return data(
          {
            form: "change",
            accessId: form.data.accessId,
            errors: {
              level: error.data.problem ?? "",
            },
            values: formValues(formData),
          },
          { status: 400 },
        );
      }
    case "invite": {
      if (form.data.email.toLowerCase() === user.email.toLowerCase()) {
        return data(
          {
            form: "invite",
            accessId: "",
            errors: {
              email:
                "That is your own email address. Enter the address of the person you want to invite",
            },
            values: formValues(formData),
          },
          { status: 400 },
        );
      }
      if (form.data.endsOn && form.data.endsOn < today) {
        return data(
          {
            form: "invite",
            accessId: "",
            errors: { endsOn: "The last day of access must be today or in the future" },
            values: formValues(formData),
          },
          { status: 400 },
        );
      }
      const invitation = await createInvitation(
        access,
        {
          email: form.data.email,
          role: form.data.role,
          level: form.data.level,
          accessEndsAt: endOfDay(form.data.endsOn),
        },
        user,
      );
      await sendInvitationEmail({
        ...invitation,
        link: `${siteOrigin()}/invitations/${invitation.token}`,
      });
      return redirectWithFlash(
        back,
        `Invitation sent to ${invitation.email}. The link works for 7 days.`,
      );
    }
  }
}

const LEVEL_OPTIONS = (["read", "comment", "write"] as const).map((value) => ({
  value,
  label: LEVEL_LABELS[value],
}));

export default function CaseSharing({ loaderData, actionData }: Route.ComponentProps) {
  const inviteErrors = actionData?.form === "invite" ? actionData.errors : undefined;
  const inviteValues = actionData?.form === "invite" ? actionData.values : undefined;
  const others = loaderData.people.filter((p) => p.role !== "owner");
  const isChanging =
    actionData?.form === "change" || others.some((p) => p.id === loaderData.editing && p.isInForce);
  return (
    <section className="narrow">
      <h1>Sharing</h1>
      <p>
        You decide who else can see this case. A second carer can be given edit access; an adviser
        can read, or read and comment. Everything they open or change is in the{" "}
        <Link to="../activity">activity log</Link>.
      </p>

      <h2>Who has access</h2>
      {others.length === 0 ? <p>Only you can see this case.</p> : null}
      <ul className="card-list">
        {others.map((person) => {
          const failed = actionData?.form === "change" && actionData.accessId === person.id;
          const errors = failed ? actionData.errors : undefined;
          const values = failed ? actionData.values : undefined;
          const isEditing = failed || loaderData.editing === person.id;
          return (
            <li key={person.id} className="card">
              <h3 className="card__title">
                {person.name} <span className="meta">({person.email})</span>
              </h3>
              <p>
                {ROLE_LABELS[person.role]}:{" "}
                {person.level === "own" ? "Owner" : LEVEL_LABELS[person.level]}
                {person.isInForce
                  ? person.lastDay
                    ? `, until the end of ${formatDate(person.lastDay)}`
                    : ", with no end date"
                  : null}
              </p>
              {person.isInForce ? (
                <>
                  {isEditing ? (
                    <>
                      <h4>Change access for {person.name}</h4>
                      <ErrorSummary errors={errors} labels={{ endsOn: "date" }} />
                      <Form method="post" noValidate>
                        <input type="hidden" name="intent" value="change" />
                        <input type="hidden" name="accessId" value={person.id} />
                        <RadioGroup
                          name="level"
                          legend="What they may do"
                          options={
                            person.role === "adviser" ? LEVEL_OPTIONS.slice(0, 2) : LEVEL_OPTIONS
                          }
                          selected={typedOr(values, "level", person.level)}
                          errors={errors}
                        />
                        <DateField
                          name="endsOn"
                          legend="Last day of access (optional)"
                          hint="Leave empty for no end date."
                          value={typedDate(values, "endsOn", dateParts(person.lastDay))}
                          errors={errors}
                        />
                        <div className="actions">
                          <button type="submit">Save access for {person.name}</button>
                          <Link to=".">Cancel</Link>
                        </div>
                      </Form>
                    </>
                  ) : (
                    <p>
                      <Link to={`?edit=${person.id}`}>Change access for {person.name}</Link>
                    </p>
                  )}
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="accessId" value={person.id} />
                    <button type="submit" className="danger">
                      Take away access for {person.name}
                    </button>
                  </Form>
                </>
              ) : (
                <p className="meta">No access now (taken away or ended).</p>
              )}
            </li>
          );
        })}
      </ul>

      {loaderData.invitations.length > 0 ? (
        <>
          <h2>Invitations not yet accepted</h2>
          <ul className="card-list">
            {loaderData.invitations.map((invitation) => (
              <li key={invitation.id} className="card">
                <p>
                  <strong>{invitation.email}</strong>: {ROLE_LABELS[invitation.role]},{" "}
                  {LEVEL_LABELS[invitation.level]}
                  {invitation.lastDay ? `, until the end of ${formatDate(invitation.lastDay)}` : ""}
                  . The link works until {formatDate(invitation.linkLastDay)}.
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="withdraw" />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="secondary">
                    Withdraw the invitation to {invitation.email}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {isChanging ? null : (
        <>
          <h2 id="invite">Invite someone</h2>
          <p>
            We email them a link that works once, for 7 days. They sign in, or create an account,
            with that email address.
          </p>
          <ErrorSummary errors={inviteErrors} labels={{ endsOn: "date" }} />
          <Form method="post" noValidate aria-labelledby="invite">
            <input type="hidden" name="intent" value="invite" />
            <TextField
              name="email"
              label="Their email address"
              type="email"
              autoComplete="off"
              errors={inviteErrors}
              defaultValue={typedOr(inviteValues, "email", "")}
            />
            <RadioGroup
              name="role"
              legend="Who are they?"
              options={[
                { value: "carer", label: "A second carer (a parent or carer of the child)" },
                { value: "adviser", label: "An adviser" },
              ]}
              selected={typedOr(inviteValues, "role", null)}
              errors={inviteErrors}
            />
            <RadioGroup
              name="level"
              legend="What may they do?"
              hint="Only a second carer can be given edit access."
              options={LEVEL_OPTIONS}
              selected={typedOr(inviteValues, "level", null)}
              errors={inviteErrors}
            />
            <DateField
              name="endsOn"
              legend="Last day of access (optional)"
              hint="Access ends at midnight at the end of this day. Leave empty for no end date."
              value={typedDate(inviteValues, "endsOn", dateParts(null))}
              errors={inviteErrors}
            />
            <button type="submit">Send the invitation</button>
          </Form>
        </>
      )}
    </section>
  );
}
