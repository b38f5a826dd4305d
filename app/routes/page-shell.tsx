// The pathless layout around every page (app/routes.ts). It adds nothing to a page; its error
// boundary keeps an error below the root, so the header shows the signed-in person's own menu.
import { Outlet } from "react-router";
import type { Route } from "./+types/page-shell";
import { ErrorPage } from "~/components/error-page";

export default function PageShell() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
