// The note beside every school-day figure and date worked out without the school's own term dates
// (the lead's decision 2): it says so, and links to where the dates are recorded.
import { Link } from "react-router";

export function EstimateNote({ caseId, about = "These figures and dates" }: { caseId: string; about?: string }) {
  return (
    <p className="estimate-note">
      <strong>{about} are an estimate.</strong> Clearpath does not know your child's school's term dates, so it counts every
      weekday except bank holidays. <Link to={`/cases/${caseId}/school-day/terms`}>Record the school's term dates</Link> to make
      them exact.
    </p>
  );
}
