// How a cycle is named on screen: its own title, or its kind and start date.
import { formatDate } from "~/domain/presentation";
import { CYCLE_KIND_LABELS, type CycleKind } from "~/domain/support/review-options";

export function cycleName(cycle: {
  title: string | null;
  kind: CycleKind;
  startDate: string;
}): string {
  return (
    cycle.title ??
    `${CYCLE_KIND_LABELS[cycle.kind].replace(/ \(.*\)$/, "")} from ${formatDate(cycle.startDate)}`
  );
}
