// A confirmed recommendation and where it stands: the support in the school's plan that answers
// it (linked to that plan's provision page), whether the EHC plan has it, and whether it is being
// delivered, with a small form to change any of these that works without JavaScript.
import { Form, Link } from "react-router";
import { ErrorSummary, fieldId } from "~/components/form";
import { ANSWER_LABELS, ANSWERS, toAnswer } from "~/forms/reports";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { RecommendationDetails, type RecommendationView } from "./recommendation-details";

export type ProvisionChoiceGroup = {
  cycleId: string;
  name: string;
  isCurrent: boolean;
  /** The cycle's provision page. */
  path: string;
  lines: Array<{ id: string; label: string }>;
};

type Props = {
  recommendation: RecommendationView;
  number: number;
  canWrite: boolean;
  groups: readonly ProvisionChoiceGroup[];
  isNotInPlan: boolean;
  /** Set after a refused save of this recommendation's form: what went wrong and what was ticked. */
  errors?: FieldErrors;
  values?: FormValues;
};

export function ConfirmedCard({
  recommendation,
  number,
  canWrite,
  groups,
  isNotInPlan,
  errors,
  values,
}: Props) {
  const name = `recommendation ${number}`;
  const linked = groups.flatMap((group) =>
    group.lines
      .filter((line) => recommendation.provisionIds.includes(line.id))
      .map((line) => ({ ...line, path: group.path })),
  );
  return (
    <li
      className="card recommendation recommendation--confirmed"
      id={`recommendation-${recommendation.id}`}
    >
      <h3 className="card__title">Recommendation {number}</h3>
      <p className="recommendation__text">{recommendation.text}</p>
      <RecommendationDetails recommendation={recommendation} />
      {isNotInPlan ? (
        <p className="tag tag--overdue recommendation__flag">Not in the current plan</p>
      ) : null}
      <dl className="summary-list recommendation__tracking">
        <div>
          <dt>In the school's plan</dt>
          <dd>
            {linked.length === 0 ? (
              "No support linked yet"
            ) : (
              <ul className="recommendation__lines">
                {linked.map((line) => (
                  <li key={line.id}>
                    <Link to={line.path}>{line.label}</Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>In the EHC plan</dt>
          <dd>{ANSWER_LABELS[toAnswer(recommendation.inEhcPlan)]}</dd>
        </div>
        <div>
          <dt>Being delivered</dt>
          <dd>{ANSWER_LABELS[toAnswer(recommendation.isBeingDelivered)]}</dd>
        </div>
      </dl>
      {canWrite ? (
        <>
          <TrackingForm
            recommendation={recommendation}
            name={name}
            groups={groups}
            errors={errors}
            values={values}
          />
          <div className="actions">
            <Link to={`?edit=${recommendation.id}#recommendation-form`}>
              Change the wording<span className="visually-hidden"> of {name}</span>
            </Link>
            <Form method="post">
              <input type="hidden" name="intent" value="discard" />
              <input type="hidden" name="id" value={recommendation.id} />
              <button type="submit" className="secondary">
                Discard<span className="visually-hidden"> {name}</span>
              </button>
            </Form>
          </div>
        </>
      ) : null}
    </li>
  );
}

function TrackingForm({
  recommendation,
  name,
  groups,
  errors,
  values,
}: {
  recommendation: RecommendationView;
  name: string;
  groups: readonly ProvisionChoiceGroup[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const key = (field: string) => `${field}-${recommendation.id}`;
  // Field ids carry the recommendation's id: every card on the page has the same form.
  const scopedErrors = errors
    ? Object.fromEntries(Object.entries(errors).map(([field, message]) => [key(field), message]))
    : undefined;
  const ticked = values ? [values["provisionIds[]"] ?? []].flat() : recommendation.provisionIds;
  const typed = (field: "inEhcPlan" | "isBeingDelivered") => {
    const value = values?.[field];
    return typeof value === "string" && value !== "" ? value : toAnswer(recommendation[field]);
  };
  const hasLines = groups.some((group) => group.lines.length > 0);
  let lineIndex = 0;
  return (
    <details className="recommendation__update" open={Boolean(errors)}>
      <summary>
        Update where it stands<span className="visually-hidden">: {name}</span>
      </summary>
      <ErrorSummary errors={scopedErrors} />
      <Form method="post" noValidate preventScrollReset>
        <input type="hidden" name="intent" value="track" />
        <input type="hidden" name="id" value={recommendation.id} />
        <fieldset
          className={`field choices${scopedErrors?.[key("provisionIds")] ? " field--error" : ""}`}
        >
          <legend>Which support in the school's plan answers it?</legend>
          {scopedErrors?.[key("provisionIds")] ? (
            <p className="field-error">{scopedErrors[key("provisionIds")]}</p>
          ) : null}
          {!hasLines ? <p className="hint">No support is recorded in a plan yet.</p> : null}
          {groups.map((group) => (
            <div key={group.cycleId} className="choice-group">
              <p className="choice-group__title">
                {group.name}
                {group.isCurrent ? " (the plan now)" : ""}
              </p>
              {group.lines.length === 0 ? (
                <p className="hint">No support recorded in this plan.</p>
              ) : null}
              {group.lines.map((line) => {
                const id =
                  lineIndex++ === 0
                    ? fieldId(key("provisionIds"))
                    : `${fieldId(key("provisionIds"))}-${line.id}`;
                return (
                  <div className="choice" key={line.id}>
                    <input
                      type="checkbox"
                      id={id}
                      name="provisionIds[]"
                      value={line.id}
                      defaultChecked={ticked.includes(line.id)}
                    />
                    <label htmlFor={id}>{line.label}</label>
                  </div>
                );
              })}
              <p className="choice-group__link">
                <Link to={group.path}>See or change the support in {group.name}</Link>
              </p>
            </div>
          ))}
        </fieldset>
        <AnswerGroup
          field="inEhcPlan"
          legend="Is it in the EHC plan?"
          recommendationId={recommendation.id}
          selected={typed("inEhcPlan")}
          error={scopedErrors?.[key("inEhcPlan")]}
        />
        <AnswerGroup
          field="isBeingDelivered"
          legend="Is it being delivered?"
          recommendationId={recommendation.id}
          selected={typed("isBeingDelivered")}
          error={scopedErrors?.[key("isBeingDelivered")]}
        />
        <button type="submit">
          Save<span className="visually-hidden"> {name}</span>
        </button>
      </Form>
    </details>
  );
}

function AnswerGroup({
  field,
  legend,
  recommendationId,
  selected,
  error,
}: {
  field: string;
  legend: string;
  recommendationId: string;
  selected: string;
  error?: string;
}) {
  const base = fieldId(`${field}-${recommendationId}`);
  return (
    <fieldset className={`field choices choices--inline${error ? " field--error" : ""}`}>
      <legend>{legend}</legend>
      {error ? <p className="field-error">{error}</p> : null}
      {ANSWERS.map((answer, index) => (
        <div className="choice" key={answer}>
          <input
            type="radio"
            id={index === 0 ? base : `${base}-${answer}`}
            name={field}
            value={answer}
            defaultChecked={selected === answer}
          />
          <label htmlFor={index === 0 ? base : `${base}-${answer}`}>{ANSWER_LABELS[answer]}</label>
        </div>
      ))}
    </fieldset>
  );
}
