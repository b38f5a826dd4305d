// The form that picks two versions of an EHC plan to compare (a GET form, so it works without JavaScript).
import { Form } from "react-router";
import { SelectField } from "~/components/form";

/** `plans` newest first: the newest is offered as the later version, the one before it as the earlier. */
export function CompareChooser({ base, plans, heading }: { base: string; plans: ReadonlyArray<{ id: string; title: string }>; heading?: string }) {
  const options = plans.map((plan) => ({ value: plan.id, label: plan.title }));
  return (
    <Form method="get" action={`${base}/plans/compare`} className="narrow">
      {heading ? <h3>{heading}</h3> : null}
      <SelectField name="from" label="Earlier version" options={options} selected={plans[1]?.id} emptyLabel="Choose a plan" />
      <SelectField name="to" label="Later version" options={options} selected={plans[0]?.id} emptyLabel="Choose a plan" />
      <div className="actions">
        <button type="submit">Compare</button>
      </div>
    </Form>
  );
}
