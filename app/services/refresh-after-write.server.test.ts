// The refresh after a change (decision 131) on a small Express app of its own: which changes ask
// for one, with which cookies, and that changes close together give one.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FLASH_COOKIE } from "./flash.server";
import { REFRESH_HEADER, refreshAfterWrite, refreshesSettled } from "./refresh-after-write.server";

const CASE = "0b8c2f6e-6d0a-4c3e-9a55-2f1f0c6f7a11";
const asked: Array<{ path: string; cookie: string | undefined }> = [];
let baseUrl = "";
let close: () => Promise<void>;

beforeAll(async () => {
  const app = express();
  app.use(refreshAfterWrite());
  app.get(/.*/, (req, res) => {
    if (req.get(REFRESH_HEADER) === "1") asked.push({ path: req.path, cookie: req.headers.cookie });
    res.status(204).end();
  });
  app.post(/.*/, (req, res) => {
    res.status(req.path.endsWith("/refused") ? 400 : 302).end();
  });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(() => close());

beforeEach(() => {
  asked.length = 0;
});

const post = (path: string, cookie = "session=abc") => fetch(`${baseUrl}${path}`, { method: "POST", redirect: "manual", headers: { Cookie: cookie } });

describe("the health check refreshed after a change", () => {
  it("asks for the case's health check once after changes close together, with the session's cookies but not a one-off message", async () => {
    await post(`/cases/${CASE}/diary`, `session=abc; ${FLASH_COOKIE}=saved`);
    await post(`/cases/${CASE}/diary`, `session=abc; ${FLASH_COOKIE}=saved`);
    await post(`/cases/${CASE}/support/x/delivery`, "session=abc");
    await refreshesSettled();
    expect(asked).toEqual([{ path: `/cases/${CASE}/health`, cookie: "session=abc" }]);
  });

  it("asks once for each person who changed the case", async () => {
    await post(`/cases/${CASE}/diary`, "session=abc");
    await post(`/cases/${CASE}/diary`, "session=def");
    await refreshesSettled();
    expect(asked.map((a) => a.cookie).sort()).toEqual(["session=abc", "session=def"]);
  });

  it("asks for nothing after a refused form, a form outside a case, a read, or a visitor without cookies", async () => {
    await post(`/cases/${CASE}/refused`);
    await post("/sign-out");
    await fetch(`${baseUrl}/cases/${CASE}/diary`, { headers: { Cookie: "session=abc" } });
    await fetch(`${baseUrl}/cases/${CASE}/diary`, { method: "POST", redirect: "manual" });
    await refreshesSettled();
    expect(asked).toEqual([]);
  });
});
