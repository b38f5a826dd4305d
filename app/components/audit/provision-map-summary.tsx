// What the school's provision map says about a line, beside the log, with any difference said
// in words (not shown by colour alone).
import type { ProvisionMapComparison } from "~/domain/delivery";

/** "The provision map says 12 sessions; your log shows 9 held: 3 more on the map." */
export function describeMapDifference(map: ProvisionMapComparison, held: number): string | null {
  if (map.sessions === null || map.difference === null) return null;
  const plural = (n: number) => `${n} session${n === 1 ? "" : "s"}`;
  if (map.difference === 0) return `The provision map says ${plural(map.sessions)}, the same as the sessions held in your log.`;
  const gap = Math.abs(map.difference);
  return `The provision map says ${plural(map.sessions)}; your log shows ${held} held: ${gap} ${map.difference > 0 ? "more on the map than in your log" : "fewer on the map than in your log"}.`;
}

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
