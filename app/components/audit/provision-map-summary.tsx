// What the school's provision map says about a line, beside the log, with any difference said
// in words (not shown by colour alone).
import { describeMapDifference, type ProvisionMapComparison } from "~/domain/delivery";

export function ProvisionMapSummary({ what, map, held }: { what: string; map: ProvisionMapComparison; held: number }) {
  const difference = describeMapDifference(map, held);
  return (
    <div className="provision-map">
      <h3>
        The school's provision map<span className="visually-hidden"> for {what}</span>
      </h3>
      {map.note === null && map.sessions === null ? <p>Nothing recorded from the provision map yet.</p> : null}
      {map.note ? <p>It says: “{map.note}”</p> : null}
      {difference ? (
        <p className={map.hasDifference ? "audit-difference" : undefined}>
          {map.hasDifference ? <strong>Difference: </strong> : null}
          {difference}
        </p>
      ) : null}
    </div>
  );
}
