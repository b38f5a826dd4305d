// A small HTTP client for server tests: keeps cookies like a browser and sends forms the way a
// page of the site would (with a same-origin Origin header).

export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      const isExpired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (isExpired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  /** Sets a cookie as if the server had, e.g. a session from tests/support/session.ts. */
  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  get(path: string) {
    return this.request(path);
  }

  /** Sends a form as a page on this site would. `headers` can override the origin headers. */
  post(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.request(path, {
      method: "POST",
      body,
      headers: { Origin: new URL(this.baseUrl).origin, "Sec-Fetch-Site": "same-origin", ...headers },
    });
  }

  /** Follows redirects from a response, returning the final page. */
  async follow(response: Response): Promise<Response> {
    let current = response;
    for (let i = 0; i < 5 && current.status >= 300 && current.status < 400; i++) {
      current = await this.get(current.headers.get("Location")!);
    }
    return current;
  }
}

let counter = 0;
export function uniqueEmail(prefix = "parent"): string {
  return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.com`;
}

export const TEST_PASSWORD = "quiet-river-lantern-42";

/** The newest link in the outbox that contains `pathPart`. */
export async function linkFromOutbox(baseUrl: string, to: string, pathPart: string): Promise<string> {
  const html = await (await fetch(new URL("/outbox", baseUrl))).text();
  const items = html.split('<li class="card">').filter((item) => item.includes(to));
  for (const item of items) {
    const match = new RegExp(`href="(https?://[^"]*${pathPart.replace(/[/?]/g, "\\$&")}[^"]*)"`).exec(item);
    if (match?.[1]) return match[1].replace(/&amp;/g, "&");
  }
  throw new Error(`No ${pathPart} link for ${to} in the outbox`);
}

/** Signs up, confirms the email through the outbox, signs in; returns the signed-in client. */
export async function signedUpClient(baseUrl: string, name = "Test Parent"): Promise<{ client: Client; email: string }> {
  const client = new Client(baseUrl);
  const email = uniqueEmail();
  const signUp = await client.post("/sign-up", { name, email, password: TEST_PASSWORD });
  if (signUp.status !== 302) throw new Error(`Sign-up answered ${signUp.status}`);
  const link = new URL(await linkFromOutbox(baseUrl, email, "/confirm-email?token="));
  const confirmed = await client.post(link.pathname, { token: link.searchParams.get("token")! });
  if (confirmed.status !== 302) throw new Error(`Confirming answered ${confirmed.status}`);
  const signIn = await client.post("/sign-in", { email, password: TEST_PASSWORD });
  if (signIn.status !== 302) throw new Error(`Sign-in answered ${signIn.status}`);
  return { client, email };
}

/** Creates a case through the app and returns its id. */
export async function createCaseOverHttp(client: Client, childName: string): Promise<string> {
  const response = await client.post("/cases/new", { childName });
  const match = /\/cases\/([0-9a-f-]{36})/.exec(response.headers.get("Location") ?? "");
  if (!match?.[1]) throw new Error(`Creating a case answered ${response.status}`);
  return match[1];
}
