// The parts of a recommendation the extractor or the parent filled in: area of need, what the
// help is, who gives it, how often and for how long. Parts nobody filled in are left out.
import { Fragment } from "react";
import { AREA_INFO, type AreaOfNeed } from "~/domain/areas-of-need";
import type { RecommendationStatus } from "~/domain/codes/recommendations";

export type RecommendationView = {
  id: string;
  text: string;
  area: AreaOfNeed | null;
  what: string | null;
  who: string | null;
  frequency: string | null;
  duration: string | null;
  status: RecommendationStatus;
  inEhcPlan: boolean | null;
  isBeingDelivered: boolean | null;
  provisionIds: string[];
};

export function RecommendationDetails({ recommendation }: { recommendation: RecommendationView }) {
  const rows: Array<[string, string | null]> = [
    ["Area of need", recommendation.area ? AREA_INFO[recommendation.area].label : null],
    ["What", recommendation.what],
    ["Who", recommendation.who],
    ["How often", recommendation.frequency],
    ["How long", recommendation.duration],
  ];
  const filled = rows.filter((row): row is [string, string] => row[1] !== null);
  if (filled.length === 0) return null;
  return (
    <dl className="support-facts">
      {filled.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
