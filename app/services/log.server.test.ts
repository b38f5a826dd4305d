import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "~/data/db.server";
import { users } from "~/data/schema";
import { useTestDatabase } from "../../tests/support/db";
import { config } from "./config.server";
import { describeError, log } from "./log.server";

useTestDatabase();

const SECRET = "9f2c1e7d-secret-token-hash";

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("The work did not fail");
}

/** What log() writes to stderr for `fields`, as lines. */
function loggedLines(fields: Record<string, string>): string[] {
  const level = config.LOG_LEVEL;
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    config.LOG_LEVEL = "error";
    log("error", "unhandled error", fields);
  } finally {
    config.LOG_LEVEL = level;
    spy.mockRestore();
  }
  return written.join("").split("\n").filter(Boolean);
}

afterEach(() => vi.restoreAllMocks());

describe("error descriptions for the logs", () => {
  it("keep a failed query's code but never its parameters, its SQL or a value the database quotes", async () => {
    const error = await failureOf(() => db.execute(sql`select ${SECRET}::uuid as token_hash`));
    const described = describeError(error);
    expect(described).toMatch(/Failed query \(code 22P02\)/);
    expect(described).not.toContain(SECRET);
    expect(described).not.toMatch(/select|token_hash|params/i);
  });

  it("name the constraint a write broke, not the values", async () => {
    const email = `${SECRET}@example.com`;
    const user = { email, name: "Secret Name", passwordHash: SECRET };
    await db.insert(users).values(user);
    const error = await failureOf(() => db.insert(users).values(user));
    const described = describeError(error);
    expect(described).toMatch(/Failed query \(code 23505, constraint [a-z_]+, table users\)/);
    expect(described).not.toMatch(/Secret Name|9f2c1e7d|insert/);
  });

  it("give the first line of any other error, its code and its cause", () => {
    const cause = Object.assign(new Error("no space left on device, write"), { code: "ENOSPC" });
    const error = new Error("Could not store the file\n    at somewhere (file.ts:1:1)", { cause });
    expect(describeError(error)).toBe("Error: Could not store the file; caused by Error: no space left on device, write (code ENOSPC)");
    expect(describeError("a string")).toBe("string");
  });

  it("become one JSON line with no parameters", async () => {
    const error = await failureOf(() => db.execute(sql`select ${SECRET}::uuid`));
    const lines = loggedLines({ path: "/cases", error: describeError(error) });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "error", msg: "unhandled error", path: "/cases", error: expect.stringMatching(/code 22P02/) });
    expect(lines[0]).not.toContain(SECRET);
  });
});
