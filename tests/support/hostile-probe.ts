// Sends one hostile file to a running test server as a signed-in parent and watches the server
// while it answers: its memory (from /proc) and whether /healthz keeps answering.
import { readFileSync } from "node:fs";
import type { Client } from "./http";

export type Memory = { rssMb: number; peakMb: number };

/** The server process's resident memory now and at its highest, in MB (Linux only). */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
}

export type Probe = {
  status: number | "no answer";
  /** Where a redirect pointed. */
  location: string | null;
  body: string;
  ms: number;
  /** The slowest /healthz answer while the file was handled, in ms (Infinity when one never came). */
  slowestHealthMs: number;
  before: Memory;
  after: Memory | null;
};

/** Posts `form` to `path` and checks /healthz every 200 ms until the answer comes (or `timeoutMs`). */
export async function probe(client: Client, pid: number, path: string, form: FormData, timeoutMs: number): Promise<Probe> {
  const before = memoryOf(pid);
  const started = performance.now();
  let done = false;
  let slowestHealthMs = 0;
  const health = (async () => {
    while (!done) {
      const asked = performance.now();
      try {
        const response = await fetch(new URL("/healthz", client.baseUrl), { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - asked);
      } catch {
        slowestHealthMs = Number.POSITIVE_INFINITY;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  let status: Probe["status"] = "no answer";
  let body = "";
  let location: string | null = null;
  try {
    const response = await client.request(path, {
      method: "POST",
      body: form,
      headers: { Origin: new URL(client.baseUrl).origin, "Sec-Fetch-Site": "same-origin" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    location = response.headers.get("Location");
    body = await response.text();
  } catch {
    // no answer in time, or the server died
  }
  const ms = Math.round(performance.now() - started);
  done = true;
  await health;
  let after: Memory | null;
  try {
    after = memoryOf(pid);
  } catch {
    after = null; // the process is gone
  }
  return { status, location, body, ms, slowestHealthMs: Math.round(slowestHealthMs), before, after };
}

/** A multipart body with one file, as the page's file input sends it. */
export function fileForm(field: string, name: string, bytes: Buffer | string, type: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append(field, new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], { type }), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}
