// An adviser's weekly hours and days off, from which parents see free times to book.
import { data, Form } from "react-router";
import type { Route } from "./+types/adviser-hours";
import { todayContext } from "~/context";
import { requireOrgRole } from "~/auth/organisation.server";
import { requireUser } from "~/auth/session.server";
import { AddForm, DateField, ErrorSummary, SubmitButton, TextField, typedDate, typedOr } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { addDayOff, getHours, removeDayOff, saveHours } from "~/data/bookings.server";
import { WEEKDAY_NAMES } from "~/domain/bookings/free-slots";
import { dateParts } from "~/forms/fields";
import { adviserHoursActionSchema } from "~/forms/organisation";
import { formValues, parseIntentForm, readForm } from "~/forms/parse";
import { redirectWithFlash } from "~/services/flash.server";

export const meta: Route.MetaFunction = () => [{ title: "Your hours – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireOrgRole(requireUser(request, context), "adviser");
  return getHours(user.id);
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireOrgRole(requireUser(request, context), "adviser");
  const formData = await readForm(request);
  const form = parseIntentForm(formData, adviserHoursActionSchema);
  if (!form.ok) return data({ form: form.values.intent === "day-off" ? "day-off" : "hours", errors: form.errors, values: form.values }, { status: 400 });
  switch (form.data.intent) {
    case "remove-day":
      await removeDayOff(user.id, form.data.dayId);
      return redirectWithFlash("/adviser/hours", "Day off removed.");
    case "day-off":
      if ((form.data.day as string) < context.get(todayContext)) {
        return data({ form: "day-off", errors: { day: "The day off must be today or in the future" }, values: formValues(formData) }, { status: 400 });
      }
      await addDayOff(user.id, form.data.day as string, form.data.reason);
      return redirectWithFlash("/adviser/hours", `Day off added: ${formatDate(form.data.day as string)}.`);
    case "hours":
      await saveHours(user.id, form.data.hours);
      return redirectWithFlash("/adviser/hours", "Weekly hours saved. Parents see the new free times now.");
  }
}

export default function AdviserHours({ loaderData, actionData }: Route.ComponentProps) {
  const errorsFor = (form: string) => (actionData?.form === form ? actionData.errors : undefined);
  const valuesFor = (form: string) => (actionData?.form === form ? actionData.values : undefined);
  const stored = (weekday: number, which: "startTime" | "endTime") => loaderData.hours.find((h) => h.weekday === weekday)?.[which] ?? "";
  return (
    <section className="narrow">
      <h1>Your hours</h1>
      <p>Parents can book sessions in your weekly hours, from tomorrow up to four weeks ahead, except on your days off. Times are UK time.</p>
      <h2 id="weekly">Weekly hours</h2>
      <ErrorSummary errors={errorsFor("hours")} />
      <Form method="post" noValidate aria-labelledby="weekly">
        <input type="hidden" name="intent" value="hours" />
        {WEEKDAY_NAMES.map((name, index) => (
          <fieldset key={name} className="fieldset--inline">
            <legend>{name}</legend>
            <TextField name={`start${index + 1}`} label="From" hint="For example 09:30" width="short" errors={errorsFor("hours")} defaultValue={typedOr(valuesFor("hours"), `start${index + 1}`, stored(index + 1, "startTime"))} />
            <TextField name={`end${index + 1}`} label="To" width="short" errors={errorsFor("hours")} defaultValue={typedOr(valuesFor("hours"), `end${index + 1}`, stored(index + 1, "endTime"))} />
          </fieldset>
        ))}
        <button type="submit">Save weekly hours</button>
      </Form>

      <h2 id="days-off">Days off</h2>
      {loaderData.daysOff.length === 0 ? <p>No days off coming up.</p> : null}
      <ul>
        {loaderData.daysOff.map((day) => (
          <li key={day.id}>
            {formatDate(day.day)}
            {day.reason ? ` (${day.reason})` : ""}{" "}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="remove-day" />
              <input type="hidden" name="dayId" value={day.id} />
              <button type="submit" className="link-button">
                Remove the day off on {formatDate(day.day)}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <ErrorSummary errors={errorsFor("day-off")} labels={{ day: "date" }} />
      <AddForm method="post" noValidate aria-labelledby="days-off">
        <input type="hidden" name="intent" value="day-off" />
        <DateField name="day" legend="Add a day off" value={typedDate(valuesFor("day-off"), "day", dateParts(null))} errors={errorsFor("day-off")} />
        <TextField name="reason" label="Reason (optional, only you see it)" errors={errorsFor("day-off")} defaultValue={typedOr(valuesFor("day-off"), "reason", "")} />
        <SubmitButton>Add the day off</SubmitButton>
      </AddForm>
    </section>
  );
}
