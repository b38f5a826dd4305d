// Every page in one list. The route-matrix test (tests/server/route-matrix.test.ts) reads this
// file and fails for any route it does not know, so a new route is covered from day one.
import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("sign-up/check-email", "routes/sign-up-check-email.tsx"),
  route("confirm-email", "routes/confirm-email.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password", "routes/reset-password.tsx"),
  route("outbox", "routes/outbox.tsx"),
  route("account", "routes/account.tsx"),
  route("account/password", "routes/account-password.tsx"),
  route("account/sessions", "routes/account-sessions.tsx"),
  route("account/delete", "routes/account-delete.tsx"),
  route("account/deleted", "routes/account-deleted.tsx"),
  route("cases", "routes/cases.tsx"),
  route("cases/new", "routes/cases-new.tsx"),
  // Each case page checks access itself: loaders run in parallel, so the layout's check
  // does not protect its children.
  route("cases/:caseId", "routes/case-layout.tsx", [
    index("routes/case-dashboard.tsx"),
    route("profile", "routes/case-profile.tsx"),
    route("contacts", "routes/case-contacts.tsx"),
    route("needs", "routes/case-needs.tsx"),
    route("needs/:area", "routes/case-need.tsx"),
    route("diagnoses", "routes/case-diagnoses.tsx"),
    route("delete", "routes/case-delete.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
