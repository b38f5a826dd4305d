// One EHC plan, reviewed line by line: is each Section F line specific, does every need have an
// outcome and support, are the professionals' recommendations in it; its lines by section, each
// correctable; and the letter that asks for the changes.
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/plan";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary, SelectField, TextArea, typedOr } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { Citations } from "~/components/health/findings";
import { citeRules } from "~/components/health/present";
import { deletePlan, findPlan, findPlanReview, removePlanLine, updatePlanLine } from "~/data/plans.server";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { PLAN_SECTIONS, SECTION_TITLES } from "~/domain/plans/split-plan";
import type { WordingAspect } from "~/domain/wording/check-wording";
import { parseIntentForm, readForm } from "~/forms/parse";
import { PLAN_LIMITS, EHC_PLAN_STAGE_LABELS, planActionSchema } from "~/forms/plans";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "EHC plans: one record", section: "council" } };

export const meta: Route.MetaFunction = ({ data: loaderData }) => [{ title: `${loaderData?.plan.title ?? "EHC plan"} – Clearpath` }];

const ASPECT_WORDS: Record<WordingAspect, string> = {
  what: "what the support is",
  who: "who gives it",
  frequency: "how often",
  duration: "how long each time",
  group_size: "the group size",
  qualification: "the training of the person giving it",
};

const lineIdSchema = z.uuid();

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const found = await findPlanReview(access, params.planId, today);
  if (!found) fail("not_found");
  const { review } = found;
  const canWrite = can.write;
  const editId = new URL(request.url).searchParams.get("edit");
  const editing = editId === null ? null : lineIdSchema.safeParse(editId).success && canWrite ? (found.lines.find((line) => line.id === editId) ?? null) : null;
  if (editId !== null && !editing) fail("not_found");
  const areaLabel = (area: string | null) => (area ? AREA_INFO[area as keyof typeof AREA_INFO].label : "No area given");
  return {
    base: `/cases/${access.caseId}`,
    canWrite,
    editing,
    plan: {
      id: found.plan.id,
      title: found.plan.title,
      stage: EHC_PLAN_STAGE_LABELS[found.plan.stage],
      issuedOn: found.plan.issuedOn,
      documentId: found.plan.documentId,
      commentsDue: found.commentsDue,
    },
    provision: review.provision.map((item) => ({
      id: item.lineId,
      text: item.text,
      area: areaLabel(item.area),
      isSpecific: item.check.verdict === "specific",
      missing: item.check.missing.map((aspect) => ASPECT_WORDS[aspect]),
      vagueTerms: item.check.vagueTerms,
      suggestion: item.check.suggestion,
    })),
    vagueCount: review.vagueCount,
    gaps: review.gaps.map((gap) => ({ area: areaLabel(gap.area), missing: gap.missing })),
    recommendations: review.recommendations,
    sections: PLAN_SECTIONS.flatMap((section) => {
      const lines = found.lines.filter((line) => line.section === section);
      return lines.length === 0 ? [] : [{ section, title: SECTION_TITLES[section], lines: lines.map((line) => ({ id: line.id, text: line.text, area: line.area ? areaLabel(line.area) : null })) }];
    }),
    rules: citeRules(["R-EHCP-F-SPECIFIC", "R-EHCP-SECTIONS", "R-EHCP-OUTCOMES", "R-SCH-SPECIALISTS"], today),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const here = `/cases/${access.caseId}/plans/${params.planId}`;
  if (!(await findPlan(access, params.planId))) fail("not_found");
  const formData = await readForm(request);
  const form = parseIntentForm(formData, planActionSchema);
  if (!form.ok) {
    // A line to remove that is not an id names nothing on this plan.
    if (form.values.intent === "remove-line") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "delete") {
    await deletePlan(access, params.planId);
    return redirectWithFlash(`/cases/${access.caseId}/plans`, "Plan deleted.");
  }
  if (form.data.intent === "remove-line") {
    if (!(await removePlanLine(access, params.planId, form.data.lineId))) fail("not_found");
    return redirectWithFlash(`${here}#lines`, "Line removed.");
  }
  const { lineId, text, section, area } = form.data;
  if (!(await updatePlanLine(access, params.planId, lineId, { text, section, area }))) fail("not_found");
  return redirectWithFlash(`${here}#lines`, "Line saved.");
}

export default function Plan({ loaderData, actionData }: Route.ComponentProps) {
  const { base, canWrite, editing, plan, provision, vagueCount, gaps, recommendations, sections, rules } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  return (
    <section>
      <p>
        <Link to={`${base}/plans`}>All EHC plans</Link>
      </p>
      <h1>{plan.title}</h1>
      <p className="lead">
        {plan.stage}
        {plan.issuedOn ? `, dated ${formatDate(plan.issuedOn)}` : ""}.
        {plan.documentId ? (
          <>
            {" "}
            <Link to={`${base}/documents/${plan.documentId}`}>See the document it was read from</Link>.
          </>
        ) : null}
      </p>
      {plan.commentsDue ? <p className="panel">Your comments on this draft are due by {formatDate(plan.commentsDue)}.</p> : null}
      <p>
        <Link to={`${base}/letters?kind=draft_plan_response&plan=${plan.id}#write`}>Write a letter asking for these changes</Link>
      </p>

      <section aria-labelledby="section-f">
        <h2 id="section-f">Is each line of Section F specific?</h2>
        <p className="narrow">
          {provision.length === 0
            ? "No Section F lines were found. Check the lines below."
            : vagueCount === 0
              ? `All ${provision.length} lines say what support is given, by whom, how often and for how long.`
              : `${vagueCount} of ${provision.length} lines are not specific enough. Support that is not specific is hard to check and hard to enforce.`}
        </p>
        <ul className="card-list">
          {provision.map((line) => (
            <li key={line.id} className={`card${line.isSpecific ? "" : " card--warning"}`}>
              <p className="meta">{line.area}</p>
              <p>&ldquo;{line.text}&rdquo;</p>
              {line.isSpecific ? (
                <p>
                  <strong>Specific.</strong>
                </p>
              ) : (
                <>
                  <p>
                    <strong>Not specific enough.</strong>
                    {line.missing.length > 0 ? ` It does not say ${line.missing.join(", ")}.` : ""}
                    {line.vagueTerms.length > 0 ? ` Words that leave it open: "${line.vagueTerms.join('", "')}".` : ""}
                  </p>
                  <p className="meta">{line.suggestion}</p>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gaps" className="narrow">
        <h2 id="gaps">Does every need have an outcome and support?</h2>
        {gaps.length === 0 ? (
          <p>Every area of need in Section B has an outcome in Section E and support in Section F.</p>
        ) : (
          <ul>
            {gaps.map((gap) => (
              <li key={gap.area}>
                {gap.area}: needs are described in Section B, but there is no {gap.missing.map((item) => (item === "outcome" ? "outcome in Section E" : "support in Section F")).join(" and no ")}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recommendations" className="narrow">
        <h2 id="recommendations">Are the professionals&rsquo; recommendations in the plan?</h2>
        {recommendations.missing.length === 0 && recommendations.placed.length === 0 ? (
          <p>
            No confirmed recommendations yet. Add professionals&rsquo; reports under <Link to={`${base}/reports`}>Reports</Link> to check them here.
          </p>
        ) : null}
        <RecommendationList heading="Not found in Section F" items={recommendations.missing} />
        <RecommendationList heading="In the plan" items={recommendations.placed} />
        <Citations rules={rules} />
      </section>

      <section aria-labelledby="lines">
        <h2 id="lines" tabIndex={-1}>
          The plan, line by line
        </h2>
        <p className="narrow">Clearpath read these lines from the plan. If a line is in the wrong section or area, or was split wrongly, change it.</p>
        {editing ? (
          <section className="narrow" aria-labelledby="edit-line">
            <h3 id="edit-line">Change a line</h3>
            <ErrorSummary errors={errors} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="update-line" />
              <input type="hidden" name="lineId" value={editing.id} />
              <TextArea name="text" label="The line's words" rows={3} maxLength={PLAN_LIMITS.line} errors={errors} defaultValue={typedOr(values, "text", editing.text)} />
              <SelectField
                name="section"
                label="Section"
                options={PLAN_SECTIONS.map((section) => ({ value: section, label: `${section}: ${SECTION_TITLES[section]}` }))}
                selected={typedOr(values, "section", editing.section)}
                emptyLabel="Choose a section"
                errors={errors}
              />
              <SelectField name="area" label="Area of need" options={AREAS_OF_NEED.map((area) => ({ value: area, label: AREA_INFO[area].label }))} selected={typedOr(values, "area", editing.area)} emptyLabel="No area" errors={errors} />
              <div className="actions">
                <button type="submit">Save the line</button>
                <Link to={`${base}/plans/${plan.id}#lines`}>Cancel</Link>
              </div>
            </Form>
          </section>
        ) : null}
        {sections.map((group) => (
          <section key={group.section} aria-labelledby={`section-${group.section}`}>
            <h3 id={`section-${group.section}`}>
              Section {group.section}: {group.title}
            </h3>
            <ul className="plan-lines">
              {group.lines.map((line) => (
                <li key={line.id}>
                  <span>
                    {line.text}
                    {line.area ? <span className="meta"> ({line.area})</span> : null}
                  </span>
                  {canWrite ? (
                    <span className="actions">
                      <Link to={`?edit=${line.id}#lines`} aria-label={`Change: ${line.text}`}>
                        Change
                      </Link>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="remove-line" />
                        <input type="hidden" name="lineId" value={line.id} />
                        <button type="submit" className="link-button" aria-label={`Remove: ${line.text}`}>
                          Remove
                        </button>
                      </Form>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      {canWrite ? (
        <section className="narrow" aria-labelledby="delete-plan">
          <h2 id="delete-plan">Delete this plan</h2>
          <p>This deletes the plan&rsquo;s lines from Clearpath. Any document it was read from stays in your documents.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="danger">
              Delete the plan
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}

function RecommendationList({ heading, items }: { heading: string; items: ReadonlyArray<{ id: string; text: string; reportTitle: string }> }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            &ldquo;{item.text}&rdquo; ({item.reportTitle})
          </li>
        ))}
      </ul>
    </>
  );
}
