// Test-only hooks: a confirmed user with a session without clicking through sign-up, and the
// app's clock fixed at an instant. Only the test entry (tests/support/serve-for-tests.js) mounts
// this router, under /__test; the production entry (server.js) never does, and a server test
// proves it answers 404 there (docs/decisions/018-test-only-server-hooks.md).
import { randomBytes } from "node:crypto";
import express from "express";
import * as OTPAuth from "otpauth";
import { z } from "zod";
import { hashPassword } from "~/auth/password.server";
import { SESSION_COOKIE, startSession } from "~/auth/session.server";
import { turnOnForDemo } from "~/auth/two-factor.server";
import { createUser } from "~/data/accounts.server";
import { fixClockForTests } from "~/services/clock.server";
import { refreshesSettled } from "~/services/refresh-after-write.server";

const newUserSchema = z.object({
  name: z.string().min(1).max(200).default("Test Parent"),
  email: z.email().optional(),
  password: z.string().min(12).optional(),
  orgRole: z.enum(["adviser", "admin"]).optional(),
  twoFactor: z.boolean().default(false),
});

const clockSchema = z.object({ at: z.iso.datetime({ offset: true }).nullable() });

let sequence = 0;

export function testHooks(): express.Router {
  const router = express.Router();
  router.use(express.json());

  // A confirmed account and a signed-in session for it (past the second factor, if it has one).
  router.post("/users", async (req, res, next) => {
    try {
      const input = newUserSchema.safeParse(req.body ?? {});
      if (!input.success) return void res.status(400).json({ error: z.prettifyError(input.error) });
      const unique = `${Date.now().toString(36)}${(sequence++).toString(36)}${randomBytes(3).toString("hex")}`;
      const email = input.data.email ?? `${input.data.orgRole ?? "parent"}.${unique}@example.com`;
      const password = input.data.password ?? `quiet-meadow-lantern-${unique}`;
      const user = await createUser({ email, name: input.data.name, passwordHash: await hashPassword(password), verified: true, orgRole: input.data.orgRole });
      if (!user) return void res.status(409).json({ error: `${email} already has an account` });
      const totpSecret = input.data.twoFactor ? new OTPAuth.Secret({ size: 20 }).base32 : undefined;
      if (totpSecret) await turnOnForDemo(user.id, totpSecret);
      const setCookie = await startSession(user.id, new Request("http://localhost/", { headers: { "User-Agent": "Clearpath tests" } }));
      const value = setCookie.split(";")[0]!.slice(SESSION_COOKIE.length + 1);
      res.status(201).json({ id: user.id, name: user.name, email: user.email, password, totpSecret, cookie: { name: SESSION_COOKIE, value } });
    } catch (error) {
      next(error);
    }
  });

  // Fixes the server's "now" (and so "today") at an instant, or with null back to the real time.
  router.put("/clock", (req, res) => {
    const input = clockSchema.safeParse(req.body ?? {});
    if (!input.success) return void res.status(400).json({ error: z.prettifyError(input.error) });
    fixClockForTests(input.data.at === null ? null : new Date(input.data.at));
    res.status(204).end();
  });

  // Answers once the health checks refreshed after changes (decision 131) are all done.
  router.get("/refreshes", (_req, res, next) => {
    refreshesSettled().then(() => res.status(204).end(), next);
  });

  return router;
}
