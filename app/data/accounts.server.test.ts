import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createParent } from "../../tests/factories";
import { db } from "./db.server";
import { emailTokens } from "./schema";
import { consumeEmailToken, EMAIL_TOKEN_LIFETIME_MS, isEmailTokenValid, issueEmailToken } from "./accounts.server";

useTestDatabase();

describe("emailed tokens", () => {
  it("stores only a hash of the token, never the token itself", async () => {
    const parent = await createParent();
    const token = await issueEmailToken(parent.id, "reset_password");
    const rows = await db.select().from(emailTokens).where(eq(emailTokens.userId, parent.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("can be used once only", async () => {
    const parent = await createParent();
    const token = await issueEmailToken(parent.id, "reset_password");
    expect(await consumeEmailToken(token, "reset_password")).toBe(parent.id);
    expect(await consumeEmailToken(token, "reset_password")).toBeNull();
  });

  it("lets only one of two simultaneous uses succeed", async () => {
    const parent = await createParent();
    const token = await issueEmailToken(parent.id, "reset_password");
    const results = await Promise.all([consumeEmailToken(token, "reset_password"), consumeEmailToken(token, "reset_password")]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("expires a reset token after one hour", async () => {
    expect(EMAIL_TOKEN_LIFETIME_MS.reset_password).toBe(60 * 60 * 1000);
    const parent = await createParent();
    const issuedOverAnHourAgo = new Date(Date.now() - 61 * 60 * 1000);
    const token = await issueEmailToken(parent.id, "reset_password", issuedOverAnHourAgo);
    expect(await isEmailTokenValid(token, "reset_password")).toBe(false);
    expect(await consumeEmailToken(token, "reset_password")).toBeNull();
  });

  it("still works just inside the hour", async () => {
    const parent = await createParent();
    const token = await issueEmailToken(parent.id, "reset_password", new Date(Date.now() - 59 * 60 * 1000));
    expect(await consumeEmailToken(token, "reset_password")).toBe(parent.id);
  });

  it("does not accept a token for a different purpose", async () => {
    const parent = await createParent();
    const token = await issueEmailToken(parent.id, "verify_email");
    expect(await consumeEmailToken(token, "reset_password")).toBeNull();
    expect(await consumeEmailToken(token, "verify_email")).toBe(parent.id);
  });
});
