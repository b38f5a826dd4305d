// "Now" for the app under test, so date-dependent pages are tested on fixed dates
// (docs/decisions/018-test-only-server-hooks.md). Pass null to return to the real time.
import { fixClockForTests } from "~/services/clock.server";

/** Fixes the test server's clock at `at` (an ISO instant such as "2026-03-14T10:00:00Z"). */
export async function setServerClock(baseUrl: string, at: string | null): Promise<void> {
  const response = await fetch(new URL("/__test/clock", baseUrl), {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ at }),
  });
  if (response.status !== 204) throw new Error(`The test server's /__test/clock answered ${response.status}: ${await response.text()}`);
}

/** Fixes the clock of the app code running in this test process (unit and integration tests). */
export function setClock(at: string | null): void {
  fixClockForTests(at === null ? null : new Date(at));
}
