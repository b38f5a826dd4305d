// One referral: the service, where it has got to and how long it has waited, who asked and when,
// with links to update or remove it.
import { Form, Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import {
  PROFESSIONAL_ROLE_LABELS,
  REFERRAL_STATUS_LABELS,
  type ProfessionalRole,
  type ReferralStatus,
} from "~/forms/professionals";

export type ReferralView = {
  id: string;
  service: ProfessionalRole;
  professionalName: string | null;
  requestedBy: string | null;
  requestedOn: string | null;
  status: ReferralStatus;
  seenOn: string | null;
  notes: string | null;
  /** "Waiting 14 weeks", "Seen after 9 weeks", or null. */
  wait: string | null;
};

/** The referral's name in a sentence and in its heading: "Referral to a speech and language therapist". */
export function referralName(service: ProfessionalRole): string {
  if (service === "other") return "Referral to another service";
  if (service === "camhs") return "Referral to CAMHS";
  const label = PROFESSIONAL_ROLE_LABELS[service].toLowerCase();
  return `Referral to ${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}

export function ReferralCard({
  referral,
  canWrite,
}: {
  referral: ReferralView;
  canWrite: boolean;
}) {
  const name = referralName(referral.service);
  const label = referral.requestedOn
    ? `${name}, asked for on ${formatDate(referral.requestedOn)}`
    : name;
  const rows: Array<[string, React.ReactNode]> = [
    ["Who asked for it", referral.requestedBy ?? "Not recorded"],
    ["Asked for on", referral.requestedOn ? formatDate(referral.requestedOn) : "Not recorded"],
    ["Professional", referral.professionalName ?? "Not known yet"],
    ["Seen on", referral.seenOn ? formatDate(referral.seenOn) : "Not yet"],
  ];
  if (referral.notes)
    rows.push(["Notes", <span className="preserve-lines">{referral.notes}</span>]);
  return (
    <li className={`card referral referral--${referral.status}`}>
      <h3 className="card__title">{name}</h3>
      <p className="referral__status">
        {REFERRAL_STATUS_LABELS[referral.status]}
        {referral.wait ? <span className="referral__wait">{referral.wait}</span> : null}
      </p>
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
          <Link to={`?referral=${referral.id}#referral-form`}>
            Update<span className="visually-hidden"> {label}</span>
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="remove-referral" />
            <input type="hidden" name="id" value={referral.id} />
            <button type="submit" className="secondary">
              Remove<span className="visually-hidden"> {label}</span>
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}
