// The list of cases the signed-in person can see.
import { Link } from "react-router";
import type { Route } from "./+types/cases";
import { requireUser } from "~/auth/session.server";
import { listCases } from "~/data/cases.server";

export const meta: Route.MetaFunction = () => [{ title: "My cases – Clearpath" }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(request, context);
  const cases = await listCases(user);
  return {
    name: user.name,
    cases: cases.map((c) => ({ id: c.id, childName: c.childName, yearGroup: c.yearGroup, school: c.school, isOwner: c.level === "own" })),
  };
}

export default function Cases({ loaderData }: Route.ComponentProps) {
  return (
    <section>
      <h1>My cases</h1>
      {loaderData.cases.length === 0 ? (
        <p>
          Start by creating a case for your child. You can make one for each child who needs support.
        </p>
      ) : (
        <ul className="card-list">
          {loaderData.cases.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title">
                <Link to={`/cases/${c.id}`}>{c.childName}</Link>
              </h2>
              <p className="meta">{[c.yearGroup, c.school].filter(Boolean).join(", ") || "No school details yet"}</p>
              {c.isOwner ? null : <p className="meta">Shared with you</p>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link className="button" to="/cases/new">
          Create a case for a child
        </Link>
      </p>
      <p>
        <Link to="/cases/import">Bring in a case from a Clearpath archive</Link>
      </p>
    </section>
  );
}
