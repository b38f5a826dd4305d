// The door of a shared link's PDF (an evidence pack's or an appeal bundle's, decision 149): the link
// must be live and open the kind of thing the route serves, and its passcode, when it has one, must
// be right. Passcode attempts are limited like sign-in, per link and address (decision 016); a wrong
// passcode or a wait goes back to the link's page with ?problem=, which the page explains.
import { redirect } from "react-router";
import { fail } from "~/errors";
import { findShareLinkAccess, type SharedThing } from "./access.server";
import { verifyPassword } from "./password.server";
import { noteSignInFailure, noteSignInSuccess, signInKeys, waitBeforeAttempt } from "./rate-limit.server";

type Found = NonNullable<Awaited<ReturnType<typeof findShareLinkAccess>>>;

/**
 * The link's read access and the link, or a 404 (unknown, expired, withdrawn, or a link to the
 * other kind of thing), or a redirect back to the link's page. The form is read only when a
 * passcode is needed, after any wait.
 *
 * @example
 * const { access, link } = await requireSharedDownload({ token, kind: "bundle", clientAddress, readPasscode: async () => "" });
 * link.opens.appealId; // the one appeal this link opens
 */
export async function requireSharedDownload<K extends SharedThing["kind"]>(input: {
  token: string;
  kind: K;
  clientAddress: string;
  readPasscode: () => Promise<string>;
}): Promise<{ access: Found["access"]; link: Found["link"] & { opens: Extract<SharedThing, { kind: K }> } }> {
  const found = await findShareLinkAccess(input.token);
  if (!found || found.link.opens.kind !== input.kind) fail("not_found");
  const { link } = found;
  const page = `/shared/${input.token}`;
  if (link.passcodeHash) {
    const keys = signInKeys(`share-link:${link.id}`, input.clientAddress);
    const seconds = await waitBeforeAttempt(keys);
    if (seconds > 0) throw redirect(`${page}?problem=wait&seconds=${seconds}`);
    const passcode = await input.readPasscode();
    if (!passcode || !(await verifyPassword(link.passcodeHash, passcode))) {
      await noteSignInFailure(keys);
      throw redirect(`${page}?problem=passcode`);
    }
    await noteSignInSuccess(keys);
  }
  return found as { access: Found["access"]; link: Found["link"] & { opens: Extract<SharedThing, { kind: K }> } };
}
