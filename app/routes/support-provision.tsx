// The provision of one cycle: add, change and remove lines, each checked for vague wording.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-provision";
import { openCase } from "~/auth/case-route.server";
import {
  AddForm,
  CheckboxGroup,
  DateField,
  ErrorSummary,
  RadioGroup,
  SubmitButton,
  TextField,
  typedDate,
  typedList,
  typedOr,
} from "~/components/form";
import { LineStatusTag, WordingCheckResult } from "~/components/support/checks";
import { cycleName } from "~/components/support/cycle-name";
import { ProvisionSummary } from "~/components/support/provision-summary";
import { dateParts } from "~/forms/fields";
import {
  LINE_LIMIT,
  MAX_SESSION_MINUTES,
  MAX_SESSIONS_PER_WEEK,
  provisionActionSchema,
  WEEKDAY_VALUES,
} from "~/forms/support";
import { formValues, readForm, parseIntentForm } from "~/forms/parse";
import { addProvision, getPlan, removeProvision, updateProvision } from "~/data/cycles.server";
import { judgeProvisionLine } from "~/domain";
import { readSessionsPerWeek, readWeekdays, WEEKDAY_LABELS, type SchoolWeekday } from "~/domain/delivery";
import { comparePlans } from "~/domain/support/compare-plans";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "Provision – Clearpath" }];

const TARGET_GONE = { targetId: "Choose a target from the list" };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can } = await openCase({ request, context, params }, "read");
  const plan = await getPlan(access, params.cycleId);
  const comparison = plan.previous ? comparePlans(plan.previous, plan) : null;
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("edit");
  const targetText = new Map(plan.targets.map((t) => [t.id, t.text]));
  return {
    caseId: access.caseId,
    cycleId: plan.cycle.id,
    name: cycleName(plan.cycle),
    canWrite,
    targets: plan.targets.map((t) => ({ id: t.id, text: t.text })),
    editing: canWrite ? (plan.provision.find((p) => p.id === editId) ?? null) : null,
    /** A line kept from before "how often" became a number: its words, read into the number and days. */
    oldWords: (() => {
      const line = canWrite ? plan.provision.find((p) => p.id === editId) : undefined;
      if (!line?.frequency) return null;
      return { words: line.frequency, sessionsPerWeek: readSessionsPerWeek(line.frequency), weekdays: readWeekdays(line.frequency) };
    })(),
    provision: plan.provision.map((line) => ({
      ...line,
      targetText: line.targetId ? (targetText.get(line.targetId) ?? null) : null,
      check: judgeProvisionLine({ ...line, minutes: line.durationMinutes }),
      status: comparison?.provision[line.id],
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const plan = await getPlan(access, params.cycleId);
  const here = `/cases/${access.caseId}/support/${plan.cycle.id}/provision`;
  const formData = await readForm(request);
  const form = parseIntentForm(formData, provisionActionSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.intent === "remove") {
    await removeProvision(access, plan.cycle, form.data.id);
    return redirectWithFlash(here, "Provision removed.");
  }
  if (form.data.intent === "edit") {
    const { intent: _intent, id, ...line } = form.data;
    if (!plan.provision.some((p) => p.id === id)) fail("not_found");
    if (!(await updateProvision(access, plan.cycle, id, line)))
      return data({ errors: TARGET_GONE, values: formValues(formData) }, { status: 400 });
    return redirectWithFlash(here, "Provision saved.");
  }
  const { intent: _intent, ...line } = form.data;
  if (!(await addProvision(access, plan.cycle, line)))
    return data({ errors: TARGET_GONE, values: formValues(formData) }, { status: 400 });
  return redirectWithFlash(here, "Provision added.");
}

export default function Provision({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  const base = `/cases/${loaderData.caseId}/support/${loaderData.cycleId}`;
  const { editing, oldWords } = loaderData;
  return (
    <section className="narrow">
      <p>
        <Link to={base}>Back to {loaderData.name}</Link>
      </p>
      <h1>Provision</h1>
      <p>
        Provision is the help your child gets. Each line should say what the help is, who gives it,
        how often, for how long, and in what size of group, so you can check it happens. Each line
        below is checked for vague words.
      </p>
      {loaderData.provision.length === 0 ? <p>No provision yet.</p> : null}
      <ol className="plan-list">
        {loaderData.provision.map((line, index) => (
          <li key={line.id} className="card">
            <ProvisionSummary line={line} />
            <LineStatusTag status={line.status} />
            <WordingCheckResult check={line.check} />
            {loaderData.canWrite ? (
              <div className="actions">
                <Link to={`?edit=${line.id}`}>
                  Change<span className="visually-hidden"> provision {index + 1}</span>
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={line.id} />
                  <button type="submit" className="secondary">
                    Remove<span className="visually-hidden"> provision {index + 1}</span>
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {loaderData.canWrite ? (
        <>
          <h2>{editing ? "Change a provision line" : "Add provision"}</h2>
          <ErrorSummary errors={errors} labels={{ startDate: "date", endDate: "date" }} />
          <AddForm method="post" noValidate key={editing?.id ?? "add"}>
            <input type="hidden" name="intent" value={editing ? "edit" : "add"} />
            {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
            <TextField
              name="what"
              label="What the help is"
              hint="For example, Read Write Inc. phonics, or speech and language therapy."
              maxLength={LINE_LIMIT}
              errors={errors}
              defaultValue={typedOr(values, "what", editing?.what)}
            />
            <TextField
              name="who"
              label="Who gives it (optional)"
              hint="Their job title and training, for example a teaching assistant trained in the programme."
              maxLength={200}
              errors={errors}
              defaultValue={typedOr(values, "who", editing?.who)}
            />
            {oldWords ? (
              <p className="note">
                The plan said how often in words: “{oldWords.words}”.{" "}
                {oldWords.sessionsPerWeek !== null
                  ? `We have read this as ${oldWords.sessionsPerWeek} a week below. Check it.`
                  : "We could not read a number from this. Enter the sessions a week if you know them."}{" "}
                When you save, the number replaces the words.
              </p>
            ) : null}
            <TextField
              name="sessionsPerWeek"
              label="How often: sessions a week (optional)"
              hint={`A number, for example 3, or 0.5 for every other week. At most ${MAX_SESSIONS_PER_WEEK}. The delivery log counts the sessions from it.`}
              inputMode="numeric"
              width="short"
              errors={errors}
              defaultValue={typedOr(
                values,
                "sessionsPerWeek",
                (editing?.sessionsPerWeek ?? oldWords?.sessionsPerWeek)?.toString(),
              )}
            />
            <CheckboxGroup
              name="sessionWeekdays"
              legend="Which days? (optional)"
              hint="Tick one day for each session, if you know them. If you leave them empty, the delivery log spreads the sessions through the week."
              options={WEEKDAY_VALUES.map((value) => ({ value, label: WEEKDAY_LABELS[Number(value) as SchoolWeekday] }))}
              selected={typedList(values, "sessionWeekdays", (editing?.sessionWeekdays.length ? editing.sessionWeekdays : (oldWords?.weekdays ?? [])).map(String))}
              errors={errors}
            />
            <TextField
              name="durationMinutes"
              label="Minutes in each session (optional)"
              hint={`A whole number, for example 20. At most ${MAX_SESSION_MINUTES}.`}
              inputMode="numeric"
              width="short"
              errors={errors}
              defaultValue={typedOr(
                values,
                "durationMinutes",
                editing?.durationMinutes?.toString(),
              )}
            />
            <TextField
              name="groupSize"
              label="Group size (optional)"
              hint="For example, one-to-one, or a group of 4."
              maxLength={100}
              errors={errors}
              defaultValue={typedOr(values, "groupSize", editing?.groupSize)}
            />
            <DateField
              name="startDate"
              legend="Start date (optional)"
              errors={errors}
              value={typedDate(values, "startDate", dateParts(editing?.startDate))}
            />
            <DateField
              name="endDate"
              legend="End date (optional)"
              errors={errors}
              value={typedDate(values, "endDate", dateParts(editing?.endDate))}
            />
            {loaderData.targets.length > 0 ? (
              <RadioGroup
                name="targetId"
                legend="Which target does it serve? (optional)"
                options={[
                  ...loaderData.targets.map((t) => ({ value: t.id, label: t.text })),
                  { value: "", label: "None of these" },
                ]}
                selected={typedOr(values, "targetId", editing ? (editing.targetId ?? "") : null)}
                errors={errors}
              />
            ) : null}
            <div className="actions">
              <SubmitButton>{editing ? "Save provision" : "Add provision"}</SubmitButton>
              {editing ? <Link to={`${base}/provision`}>Cancel</Link> : null}
            </div>
          </AddForm>
        </>
      ) : null}
    </section>
  );
}
