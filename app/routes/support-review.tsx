// Record the review that closes a cycle: progress on each target, views, how well each provision
// worked, and the decision. One review per cycle; saving again replaces it.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/support-review";
import { openCase } from "~/auth/case-route.server";
import {
  DateField,
  ErrorSummary,
  RadioGroup,
  TextArea,
  typedDate,
  typedOr,
} from "~/components/form";
import { cycleName } from "~/components/support/cycle-name";
import { dateParts } from "~/forms/fields";
import { reviewFormSchema, TEXT_LIMIT } from "~/forms/support";
import { parseForm, readForm } from "~/forms/parse";
import { getPlan, saveReview } from "~/data/cycles.server";
import {
  EFFECTIVENESS,
  EFFECTIVENESS_LABELS,
  OVERALL_PROGRESS,
  OVERALL_PROGRESS_LABELS,
  REVIEW_DECISIONS,
  REVIEW_DECISION_LABELS,
  TARGET_RATINGS,
  TARGET_RATING_LABELS,
} from "~/domain/support/review-options";
import { redirectWithFlash } from "~/services/flash.server";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = () => [{ title: "Record the review – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const plan = await getPlan(access, params.cycleId);
  return {
    caseId: access.caseId,
    cycleId: plan.cycle.id,
    name: cycleName(plan.cycle),
    reviewDate: plan.cycle.reviewDate,
    targets: plan.targets.map((t) => ({ id: t.id, text: t.text })),
    provision: plan.provision.map((p) => ({ id: p.id, what: p.what })),
    review: plan.review,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const plan = await getPlan(access, params.cycleId);
  const schema = reviewFormSchema({
    today: today,
    targetIds: plan.targets.map((t) => t.id),
    provisionIds: plan.provision.map((p) => p.id),
  });
  const form = parseForm(await readForm(request), schema);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const { progress, effect, date, ...review } = form.data;
  await saveReview(access, plan.cycle, {
    ...review,
    date: date!,
    targetProgress: plan.targets.flatMap((t) => {
      const entry = progress[t.id];
      return entry?.rating
        ? [{ targetId: t.id, rating: entry.rating, evidence: entry.evidence }]
        : [];
    }),
    provisionEffectiveness: plan.provision.flatMap((p) => {
      const entry = effect[p.id];
      return entry && (entry.parent || entry.school)
        ? [{ provisionId: p.id, parentView: entry.parent, schoolView: entry.school }]
        : [];
    }),
  });
  return redirectWithFlash(`/cases/${access.caseId}/support/${plan.cycle.id}`, "Review saved.");
}

export default function ReviewPage({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  const { review } = loaderData;
  const base = `/cases/${loaderData.caseId}/support/${loaderData.cycleId}`;
  const progressOf = new Map((review?.targetProgress ?? []).map((p) => [p.targetId, p]));
  const effectOf = new Map((review?.provisionEffectiveness ?? []).map((e) => [e.provisionId, e]));
  const attended =
    review?.parentAttended === null || review === null
      ? null
      : review.parentAttended
        ? "yes"
        : "no";
  return (
    <section className="narrow">
      <p>
        <Link to={base}>Back to {loaderData.name}</Link>
      </p>
      <h1>Record the review</h1>
      <p>
        Write down what was said at the review meeting, or what the school told you. You can change
        this later.
      </p>
      <ErrorSummary errors={errors} labels={{ date: "date" }} />
      <Form method="post" noValidate>
        <DateField
          name="date"
          legend="Date of the review"
          hint="For example, 4 12 2026."
          errors={errors}
          value={typedDate(values, "date", dateParts(review?.date ?? null))}
        />
        <RadioGroup
          name="parentAttended"
          legend="Were you at the review?"
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          selected={typedOr(values, "parentAttended", attended)}
          errors={errors}
        />

        {loaderData.targets.length > 0 ? <h2>Progress on each target</h2> : null}
        {loaderData.targets.map((target, index) => (
          <div key={target.id} className="card review-item">
            <h3 className="card__title">Target {index + 1}</h3>
            <p>{target.text}</p>
            <RadioGroup
              name={`progress.${target.id}.rating`}
              legend={<>How far was target {index + 1} achieved?</>}
              options={TARGET_RATINGS.map((rating) => ({
                value: rating,
                label: TARGET_RATING_LABELS[rating],
              }))}
              selected={typedOr(
                values,
                `progress.${target.id}.rating`,
                progressOf.get(target.id)?.rating,
              )}
              errors={errors}
            />
            <TextArea
              name={`progress.${target.id}.evidence`}
              label={`Evidence for target ${index + 1} (optional)`}
              hint="For example, reads 12 of the 20 words."
              rows={2}
              maxLength={TEXT_LIMIT}
              errors={errors}
              defaultValue={typedOr(
                values,
                `progress.${target.id}.evidence`,
                progressOf.get(target.id)?.evidence,
              )}
            />
          </div>
        ))}

        <h2>Overall</h2>
        <RadioGroup
          name="overallProgress"
          legend="Overall progress"
          options={OVERALL_PROGRESS.map((value) => ({
            value,
            label: OVERALL_PROGRESS_LABELS[value],
          }))}
          selected={typedOr(values, "overallProgress", review?.overallProgress)}
          errors={errors}
        />
        <TextArea
          name="whatWorked"
          label="What worked (optional)"
          maxLength={TEXT_LIMIT}
          errors={errors}
          defaultValue={typedOr(values, "whatWorked", review?.whatWorked)}
        />
        <TextArea
          name="barriers"
          label="What got in the way (optional)"
          hint="For example, sessions cancelled, or staff changes."
          maxLength={TEXT_LIMIT}
          errors={errors}
          defaultValue={typedOr(values, "barriers", review?.barriers)}
        />
        <TextArea
          name="childViews"
          label="Your child's views (optional)"
          maxLength={TEXT_LIMIT}
          errors={errors}
          defaultValue={typedOr(values, "childViews", review?.childViews)}
        />
        <TextArea
          name="parentViews"
          label="Your views (optional)"
          maxLength={TEXT_LIMIT}
          errors={errors}
          defaultValue={typedOr(values, "parentViews", review?.parentViews)}
        />

        {loaderData.provision.length > 0 ? <h2>How well each provision worked</h2> : null}
        {loaderData.provision.map((line, index) => (
          <div key={line.id} className="card review-item">
            <h3 className="card__title">Provision {index + 1}</h3>
            <p>{line.what}</p>
            <RadioGroup
              name={`effect.${line.id}.parent`}
              legend={`Provision ${index + 1}: how well do you think it worked?`}
              options={EFFECTIVENESS.map((value) => ({
                value,
                label: EFFECTIVENESS_LABELS[value],
              }))}
              selected={typedOr(
                values,
                `effect.${line.id}.parent`,
                effectOf.get(line.id)?.parentView,
              )}
              errors={errors}
            />
            <RadioGroup
              name={`effect.${line.id}.school`}
              legend={`Provision ${index + 1}: how well does the school think it worked?`}
              options={EFFECTIVENESS.map((value) => ({
                value,
                label: EFFECTIVENESS_LABELS[value],
              }))}
              selected={typedOr(
                values,
                `effect.${line.id}.school`,
                effectOf.get(line.id)?.schoolView,
              )}
              errors={errors}
            />
          </div>
        ))}

        <h2>Decision</h2>
        <RadioGroup
          name="decision"
          legend="What was decided?"
          options={REVIEW_DECISIONS.map((value) => ({
            value,
            label: REVIEW_DECISION_LABELS[value],
          }))}
          selected={typedOr(values, "decision", review?.decision)}
          errors={errors}
        />
        <div className="actions">
          <button type="submit">Save review</button>
          <Link to={base}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
