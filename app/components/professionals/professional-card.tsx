// One professional involved with the child: who they are, how to reach them, since when, with
// links to update or remove them.
import { Form, Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { PROFESSIONAL_ROLE_LABELS, type ProfessionalRole } from "~/forms/professionals";

export type ProfessionalView = {
  id: string;
  name: string;
  role: ProfessionalRole;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  involvedFrom: string | null;
  notes: string | null;
};

export function ProfessionalCard({
  professional,
  canWrite,
}: {
  professional: ProfessionalView;
  canWrite: boolean;
}) {
  const rows: Array<[string, React.ReactNode]> = [
    ["Organisation", professional.organisation ?? "Not recorded"],
    [
      "Email",
      professional.email ? (
        <a href={`mailto:${professional.email}`}>{professional.email}</a>
      ) : (
        "Not recorded"
      ),
    ],
    [
      "Phone",
      professional.phone ? (
        <a href={`tel:${professional.phone.replace(/[^+\d]/g, "")}`}>{professional.phone}</a>
      ) : (
        "Not recorded"
      ),
    ],
    [
      "Involved since",
      professional.involvedFrom ? formatDate(professional.involvedFrom) : "Not recorded",
    ],
  ];
  if (professional.notes)
    rows.push(["Notes", <span className="preserve-lines">{professional.notes}</span>]);
  return (
    <li className="card">
      <h3 className="card__title">{professional.name}</h3>
      <p className="professional__role">{PROFESSIONAL_ROLE_LABELS[professional.role]}</p>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {canWrite ? (
        <div className="actions">
          <Link to={`?professional=${professional.id}#professional-form`}>
            Update<span className="visually-hidden"> {professional.name}</span>
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="remove-professional" />
            <input type="hidden" name="id" value={professional.id} />
            <button type="submit" className="secondary">
              Remove<span className="visually-hidden"> {professional.name}</span>
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}
