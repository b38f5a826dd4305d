import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../tests/support/db";
import { createParent } from "../../tests/factories";
import { db } from "~/data/db.server";
import { sessions } from "~/data/schema";
import {
  completeSessionAfterCode,
  endAllOtherSessions,
  endOtherSession,
  endSession,
  findSessionAwaitingCode,
  findSignedInUser,
  listSessions,
  safeRedirectPath,
  SESSION_COOKIE,
  startSession,
} from "./session.server";
import { hashToken } from "./tokens.server";

useTestDatabase();

/** A request carrying the cookie that a Set-Cookie header gave the browser. */
function requestWith(setCookie: string): Request {
  return new Request("http://localhost/", { headers: { Cookie: setCookie.split(";")[0]! } });
}
const tokenOf = (setCookie: string) => decodeURIComponent(setCookie.split(";")[0]!.slice(SESSION_COOKIE.length + 1));
const browser = new Request("http://localhost/", { headers: { "User-Agent": "Test browser" } });

describe("sessions", () => {
  it("are stored by the hash of the cookie's token, never the token itself", async () => {
    const user = await createParent();
    const cookie = await startSession(user.id, browser);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = tokenOf(cookie);
    expect(token.length).toBeGreaterThanOrEqual(32);
    const rows = await db.select({ id: sessions.id, userAgent: sessions.userAgent }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toEqual([{ id: hashToken(token), userAgent: "Test browser" }]);
    expect(rows[0]!.id).not.toContain(token);
    const found = await findSignedInUser(requestWith(cookie));
    expect(found).toMatchObject({ id: user.id, email: user.email, sessionId: hashToken(token), hasTwoFactor: false });
    // The stored value is no key: sent as a cookie, it signs nobody in.
    expect(await findSignedInUser(requestWith(`${SESSION_COOKIE}=${rows[0]!.id}`))).toBeNull();
  });

  it("sign nobody in once expired", async () => {
    const user = await createParent();
    const cookie = await startSession(user.id, browser);
    await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, hashToken(tokenOf(cookie))));
    expect(await findSignedInUser(requestWith(cookie))).toBeNull();
    expect(await listSessions({ ...user, sessionId: hashToken(tokenOf(cookie)) })).toEqual([]);
  });

  it("waiting for the second factor sign nobody in until the code is right", async () => {
    const user = await createParent();
    const cookie = await startSession(user.id, browser, { awaitingCode: true });
    expect(await findSignedInUser(requestWith(cookie))).toBeNull();
    const waiting = await findSessionAwaitingCode(requestWith(cookie));
    expect(waiting).toMatchObject({ userId: user.id, email: user.email });
    const [row] = await db.select().from(sessions).where(eq(sessions.id, waiting!.sessionId));
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    await completeSessionAfterCode(waiting!.sessionId);
    expect(await findSignedInUser(requestWith(cookie))).toMatchObject({ id: user.id });
    expect(await findSessionAwaitingCode(requestWith(cookie))).toBeNull();
  });

  it("end on sign-out, and signing out everywhere else keeps only this one", async () => {
    const user = await createParent();
    const here = await startSession(user.id, browser);
    const phone = await startSession(user.id, browser);
    const laptop = await startSession(user.id, browser);
    const other = await createParent();
    const othersSession = await startSession(other.id, browser);
    const me = (await findSignedInUser(requestWith(here)))!;
    expect((await listSessions(me)).map((s) => s.isCurrent).sort()).toEqual([false, false, true]);

    // Another person's session cannot be ended from this account, nor this one by "end other".
    await endOtherSession(me, hashToken(tokenOf(othersSession)));
    await endOtherSession(me, me.sessionId);
    expect(await findSignedInUser(requestWith(othersSession))).not.toBeNull();
    expect(await findSignedInUser(requestWith(here))).not.toBeNull();

    await endOtherSession(me, hashToken(tokenOf(phone)));
    expect(await findSignedInUser(requestWith(phone))).toBeNull();
    await endAllOtherSessions(me);
    expect(await findSignedInUser(requestWith(laptop))).toBeNull();
    expect(await findSignedInUser(requestWith(here))).not.toBeNull();
    expect(await findSignedInUser(requestWith(othersSession))).not.toBeNull();

    const cleared = await endSession(me.sessionId);
    expect(cleared).toMatch(/Max-Age=0/);
    expect(await findSignedInUser(requestWith(here))).toBeNull();
  });
});

describe("safeRedirectPath", () => {
  it("keeps a clean path on this site, with its query and fragment", () => {
    expect(safeRedirectPath("/cases/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d/needs?edit=1#top")).toBe(
      "/cases/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d/needs?edit=1#top",
    );
    expect(safeRedirectPath("/")).toBe("/");
  });

  it.each([
    ["a tab that browsers drop, leaving //evil.example", "/\t/evil.example"],
    ["a line break", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["a space", "/ /evil.example"],
    ["a protocol-relative address", "//evil.example"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a backslash later on", "/cases\\..\\..\\evil"],
    ["a full address", "https://evil.example/"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "cases"],
    ["an emoji that cannot go in a header", "/cases/😀"],
    ["a path too long for a header", `/${"a".repeat(5000)}`],
  ])("refuses %s", (_label, to) => {
    expect(safeRedirectPath(to)).toBe("/cases");
    expect(safeRedirectPath(to, "/")).toBe("/");
  });

  it("falls back when there is no path, or a file instead of one", () => {
    expect(safeRedirectPath(null)).toBe("/cases");
    expect(safeRedirectPath(undefined)).toBe("/cases");
    expect(safeRedirectPath(new File(["/cases"], "x.txt"))).toBe("/cases");
  });
});
