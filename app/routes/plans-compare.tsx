// Two versions of an EHC plan side by side: support added, removed, cut or increased (hours a
// week read from the wording), outcomes changed, and where the family's priorities appear.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/plans-compare";
import { openCase } from "~/auth/case-route.server";
import { findPlan, listFamilyPriorities, listPlans } from "~/data/plans.server";
import { CompareChooser } from "~/components/plans/compare-chooser";
import { comparePlanVersions, describeWeekly, type LineChange } from "~/domain/plans/compare-plans";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "EHC plans: one record", section: "council" } };

export const meta: Route.MetaFunction = () => [{ title: "Compare EHC plans – Clearpath" }];

function describeChange(change: LineChange): { kind: string; text: string; detail: string | null } {
  switch (change.kind) {
    case "added":
      return { kind: "Added", text: change.after.text, detail: null };
    case "removed":
      return { kind: "Removed", text: change.before.text, detail: null };
    case "cut":
    case "increased":
      return {
        kind: change.kind === "cut" ? "Cut" : "Increased",
        text: change.after.text,
        detail: `From ${describeWeekly(change.minutesBefore)} to ${describeWeekly(change.minutesAfter)}. Before: "${change.before.text}"`,
      };
    case "changed":
      return { kind: "Reworded", text: change.after.text, detail: `Before: "${change.before.text}"` };
    case "same":
      return { kind: "The same", text: change.after.text, detail: null };
  }
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  const search = new URL(request.url).searchParams;
  const base = `/cases/${access.caseId}`;
  // Without a choice (the address alone, or a box left on "Choose a plan"), the page offers the choice.
  if (!search.get("from") || !search.get("to")) {
    const plans = await listPlans(access);
    return { choosing: true as const, base, plans: plans.map((plan) => ({ id: plan.id, title: plan.title })) };
  }
  const [before, after, priorities] = await Promise.all([findPlan(access, search.get("from")), findPlan(access, search.get("to")), listFamilyPriorities(access)]);
  if (!before || !after) fail("not_found");
  const comparison = comparePlanVersions(before.lines, after.lines, priorities);
  return {
    choosing: false as const,
    base,
    before: { id: before.plan.id, title: before.plan.title },
    after: { id: after.plan.id, title: after.plan.title },
    provision: comparison.provision.map(describeChange),
    outcomes: comparison.outcomes.filter((change) => change.kind !== "same").map(describeChange),
    totals: { before: describeWeekly(comparison.minutesBefore), after: describeWeekly(comparison.minutesAfter), isCut: comparison.minutesAfter < comparison.minutesBefore },
    priorities: comparison.priorities.map((item) => ({ id: item.id, text: item.text, before: item.before?.text ?? null, after: item.after?.text ?? null })),
  };
}

export default function ComparePlans({ loaderData }: Route.ComponentProps) {
  if (loaderData.choosing) return <ChoosePlans base={loaderData.base} plans={loaderData.plans} />;
  const { base, before, after, provision, outcomes, totals, priorities } = loaderData;
  return (
    <section>
      <p>
        <Link to={`${base}/plans`}>All EHC plans</Link>
      </p>
      <h1>Compare two versions of the plan</h1>
      <p className="lead">
        From <Link to={`${base}/plans/${before.id}`}>{before.title}</Link> to <Link to={`${base}/plans/${after.id}`}>{after.title}</Link>.
      </p>
      <p className={totals.isCut ? "panel panel--warning" : "panel"}>
        Support with a time in its wording: {totals.before} before, {totals.after} after. Lines that give no time are not counted.
      </p>

      <section aria-labelledby="provision-changes">
        <h2 id="provision-changes">Support (Section F)</h2>
        <ul className="card-list">
          {provision.map((change, index) => (
            <li key={index} className={`card${change.kind === "Cut" || change.kind === "Removed" ? " card--warning" : ""}`}>
              <p>
                <strong>{change.kind}:</strong> {change.text}
              </p>
              {change.detail ? <p className="meta">{change.detail}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outcome-changes" className="narrow">
        <h2 id="outcome-changes">Outcomes (Section E)</h2>
        {outcomes.length === 0 ? (
          <p>The outcomes are the same.</p>
        ) : (
          <ul>
            {outcomes.map((change, index) => (
              <li key={index}>
                <strong>{change.kind}:</strong> {change.text}
                {change.detail ? <span className="meta"> {change.detail}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="priority-changes" className="narrow">
        <h2 id="priority-changes">Your family&rsquo;s priorities</h2>
        {priorities.length === 0 ? (
          <p>
            You have not written any priorities yet. <Link to={`${base}/plans#priorities`}>Write them on the plans page</Link>.
          </p>
        ) : (
          <ul className="card-list">
            {priorities.map((item) => (
              <li key={item.id} className={`card${item.after ? "" : " card--warning"}`}>
                <p>
                  <strong>{item.text}</strong>
                </p>
                <p>Earlier version: {item.before ? `"${item.before}"` : "not found"}.</p>
                <p>Later version: {item.after ? `"${item.after}"` : "not found"}.</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function ChoosePlans({ base, plans }: { base: string; plans: ReadonlyArray<{ id: string; title: string }> }) {
  return (
    <section>
      <p>
        <Link to={`${base}/plans`}>All EHC plans</Link>
      </p>
      <h1>Compare two versions of the plan</h1>
      {plans.length >= 2 ? (
        <>
          <p>Choose the two versions to compare: what was added, removed, cut or increased.</p>
          <CompareChooser base={base} plans={plans} />
        </>
      ) : (
        <p>
          There is nothing to compare yet: add at least two versions of the plan (for example the draft and the final plan) on the{" "}
          <Link to={`${base}/plans`}>EHC plans page</Link>.
        </p>
      )}
    </section>
  );
}
