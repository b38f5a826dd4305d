// Calendar and reminders: email reminders before each date (on or off, how many days before), and
// a private calendar link to add to a phone or computer calendar. The link's secret is shown once,
// when it is made; making a new one stops the old one.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/account-calendar";
import { ErrorSummary, RadioGroup, TextField, typedOr } from "~/components/form";
import { siteOrigin } from "~/auth/accounts.server";
import { requireUser } from "~/auth/session.server";
import { getCalendarSettings, makeFeedToken, saveReminderSettings } from "~/data/calendars.server";
import { calendarActionSchema } from "~/forms/calendar";
import { parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "Calendar and reminders – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  return { settings: await getCalendarSettings(user.id) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(request, context);
  const form = parseIntentForm(await readForm(request), calendarActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  switch (form.data.intent) {
    case "feed": {
      // Shown on this page only, never put in a cookie or a link.
      const token = await makeFeedToken(user.id);
      return { feedUrl: `${siteOrigin()}/calendar/${token}.ics` };
    }
    case "settings":
      await saveReminderSettings(user.id, { remindersOn: form.data.remindersOn === "yes", remindDaysBefore: form.data.remindDaysBefore });
      return redirectWithFlash("/account/calendar", "Reminder choices saved.");
  }
}

export default function AccountCalendar({ loaderData, actionData }: Route.ComponentProps) {
  const { settings } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const values = actionData && "values" in actionData ? actionData.values : undefined;
  const feedUrl = actionData && "feedUrl" in actionData ? actionData.feedUrl : null;
  return (
    <section className="narrow">
      <p>
        <Link to="/account">Your account</Link>
      </p>
      <h1>Calendar and reminders</h1>

      <section aria-labelledby="reminders">
        <h2 id="reminders">Email reminders</h2>
        <p>
          Clearpath can email you before each time limit, meeting and review in your cases, saying what is due and what to do.
        </p>
        <ErrorSummary errors={errors} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="settings" />
          <RadioGroup
            name="remindersOn"
            legend="Send me reminders"
            options={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
            selected={typedOr(values, "remindersOn", settings.remindersOn ? "yes" : "no")}
            errors={errors}
          />
          <TextField
            name="remindDaysBefore"
            label="How many days before?"
            hint="From 1 to 60. You get one email for each date."
            errors={errors}
            defaultValue={typedOr(values, "remindDaysBefore", String(settings.remindDaysBefore))}
          />
          <div className="actions">
            <button type="submit">Save reminder choices</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="feed">
        <h2 id="feed">Your calendar link</h2>
        <p>
          Add this private link to Google Calendar (&ldquo;From URL&rdquo;), Apple Calendar (&ldquo;New Calendar Subscription&rdquo;) or
          Outlook (&ldquo;Subscribe from web&rdquo;), and your cases&rsquo; dates appear there and stay up to date. Anyone with the link can
          see the dates, so keep it to yourself.
        </p>
        {feedUrl ? (
          <div className="panel" role="status">
            <p>
              <strong>Your new calendar link.</strong> Copy it now: Clearpath does not show it again.
            </p>
            <p>
              <code className="break-all">{feedUrl}</code>
            </p>
          </div>
        ) : settings.hasFeed ? (
          <p>You have a calendar link. If you have lost it, or someone else may have it, make a new one: the old one stops working.</p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="feed" />
          <button type="submit" className="secondary">
            {settings.hasFeed || feedUrl ? "Make a new link (the old one stops working)" : "Make my calendar link"}
          </button>
        </Form>
      </section>
    </section>
  );
}
