// The start of every case page's loader and action: who is asking, the gate's answer for this
// case, what that answer lets them do, and today's date. One call instead of requireUser,
// requireCaseAccess, a level check and the clock in each route.
import { todayContext } from "~/context";
import { type AccessLevel, type CaseAccess, hasLevel, requireCaseAccess } from "./access.server";
import { type ContextReader, requireUser } from "./session.server";

/** What the person may do in this case, one flag per access level. */
export type CaseAbilities = { read: boolean; comment: boolean; write: boolean; own: boolean };

export function abilitiesOf(access: Pick<CaseAccess, "level">): CaseAbilities {
  return {
    read: hasLevel(access.level, "read"),
    comment: hasLevel(access.level, "comment"),
    write: hasLevel(access.level, "write"),
    own: hasLevel(access.level, "own"),
  };
}

type CaseRouteArgs = { request: Request; context: ContextReader; params: { caseId?: string } };

/**
 * The gate for a case route: the sign-in check (a redirect to sign in), then the case at `needed`
 * (a 404 otherwise), with what the person may do and today's date in England.
 *
 * @example
 * export async function loader(args: Route.LoaderArgs) {
 *   const { access, can, today } = await openCase(args, "read");
 *   return { canWrite: can.write, due: await listDue(access, today) };
 * }
 */
export async function openCase({ request, context, params }: CaseRouteArgs, needed: AccessLevel) {
  const user = requireUser(request, context);
  const access = await requireCaseAccess(user, params.caseId, needed);
  return { user, access, can: abilitiesOf(access), today: context.get(todayContext) };
}
