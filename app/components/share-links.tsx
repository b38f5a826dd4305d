// The body of a sharing page, for an evidence pack or an appeal's bundle (decision 149): what a link
// does, the new link (shown once), the links made so far with a button to withdraw each, and the
// form that makes one. The page gives the heading and the way back.
import { Form, Link } from "react-router";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { ErrorSummary, TextField, typedOr } from "./form";

/** One link as the sharing page lists it; `until` is already written for people. */
export type ShareLinkRow = { id: string; label: string; hasPasscode: boolean; isLive: boolean; revokedAt: Date | string | null; until: string };

export function ShareLinks({
  thing,
  activityHref,
  links,
  newLink,
  errors,
  values,
}: {
  /** What the links open, as the page calls it: "pack" or "bundle". */
  thing: "pack" | "bundle";
  activityHref: string;
  links: ShareLinkRow[];
  /** The address of a link just made, or null. */
  newLink: string | null;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  return (
    <>
      <p>
        Anyone with the link can download this {thing} as a PDF until it expires, without an account. Add a passcode and send it separately (by text message, say)
        for more safety. Each download is listed in the case&rsquo;s <Link to={activityHref}>activity log</Link>.
      </p>
      {newLink ? (
        <div className="panel" role="status">
          <p>
            <strong>Your new link.</strong> Copy it now: Clearpath does not show it again.
          </p>
          <p>
            <code className="break-all">{newLink}</code>
          </p>
        </div>
      ) : null}
      {links.length > 0 ? (
        <>
          <h2>Links to this {thing}</h2>
          <ul className="card-list">
            {links.map((link) => (
              <li key={link.id} className="card">
                <p>
                  <strong>{link.label}</strong>
                  {link.hasPasscode ? ", with a passcode" : ""}. {link.isLive ? `Works until ${link.until}.` : link.revokedAt ? "Withdrawn." : "Expired."}
                </p>
                {link.isLive ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="linkId" value={link.id} />
                    <button type="submit" className="danger">
                      Withdraw the link for {link.label}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="new-link">Make a link</h2>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate aria-labelledby="new-link">
        <input type="hidden" name="intent" value="create" />
        <TextField name="label" label="Who is it for?" hint="Only you see this, in the list above and in the activity log." errors={errors} defaultValue={typedOr(values, "label", "")} />
        <TextField name="days" label="How many days should it work?" hint="From 1 to 30." width="short" errors={errors} defaultValue={typedOr(values, "days", "14")} />
        <TextField name="passcode" label="Passcode (optional)" hint="At least 6 characters. Leave empty for none." type="password" autoComplete="new-password" errors={errors} />
        <button type="submit">Make the link</button>
      </Form>
    </>
  );
}
