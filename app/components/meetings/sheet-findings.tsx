// Health-check findings as the preparation sheet shows them: short, each with its next step.
import { Link } from "react-router";
import type { FindingView } from "~/components/health/present";

const SEVERITY_LABEL = {
  high: "Needs action",
  medium: "Worth raising",
  low: "To keep an eye on",
} as const;

export function SheetFindings({ findings }: { findings: FindingView[] }) {
  return (
    <ul className="sheet-list">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`sheet-finding finding--${finding.severity}`}
        >
          <p className="sheet-finding__title">
            <strong>{finding.title}</strong>{" "}
            <span className="meta">({SEVERITY_LABEL[finding.severity]})</span>
          </p>
          <p className="meta">{finding.explanation}</p>
          <p className="no-print">
            <Link to={finding.nextStep.path}>{finding.nextStep.label}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
