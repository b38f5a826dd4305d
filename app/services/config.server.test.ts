import { describe, expect, it } from "vitest";
import { ConfigError, isLoopbackHost, readConfig } from "./config.server";

describe("where the server may be reached from", () => {
  it("with no settings, listens on loopback, keeps an outbox and uses its own address for links", () => {
    const config = readConfig({ PORT: "3000" });
    expect(config).toMatchObject({ HOST: "127.0.0.1", isLocalOnly: true, isOutboxVisible: true, origin: "http://localhost:3000", trustProxy: false });
    expect([...config.allowedOrigins].sort()).toEqual(["http://127.0.0.1:3000", "http://[::1]:3000", "http://localhost:3000"]);
  });

  it("has no outbox on loopback once SMTP_URL is set", () => {
    expect(readConfig({ SMTP_URL: "smtp://127.0.0.1:2525" }).isOutboxVisible).toBe(false);
  });

  it("refuses to listen on all addresses without APP_ORIGIN and SMTP_URL, naming both", () => {
    expect(() => readConfig({ HOST: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => readConfig({ HOST: "0.0.0.0" })).toThrow(/needs APP_ORIGIN .* and SMTP_URL/);
    expect(() => readConfig({ HOST: "::", SMTP_URL: "smtp://mail.example" })).toThrow(/needs APP_ORIGIN/);
  });

  it("counts a trusted proxy or a public APP_ORIGIN as reachable from other computers", () => {
    expect(() => readConfig({ TRUST_PROXY: "1", APP_ORIGIN: "https://clearpath.example.org" })).toThrow(/needs SMTP_URL/);
    expect(() => readConfig({ APP_ORIGIN: "https://clearpath.example.org" })).toThrow(/needs SMTP_URL/);
  });

  it("starts on all addresses with both set: no outbox, links and forms from APP_ORIGIN only", () => {
    const config = readConfig({ HOST: "0.0.0.0", APP_ORIGIN: "https://clearpath.example.org/", SMTP_URL: "smtps://u:p@smtp.example.org" });
    expect(config).toMatchObject({ isLocalOnly: false, isOutboxVisible: false, origin: "https://clearpath.example.org" });
    expect([...config.allowedOrigins]).toEqual(["https://clearpath.example.org"]);
  });

  it("reads TRUST_PROXY as hops or a list of addresses, and refuses anything else", () => {
    const base = { HOST: "0.0.0.0", APP_ORIGIN: "https://c.example.org", SMTP_URL: "smtp://m.example.org" };
    expect(readConfig({ ...base, TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(readConfig({ ...base, TRUST_PROXY: "10.0.0.1, loopback,fd00::/8" }).trustProxy).toEqual(["10.0.0.1", "loopback", "fd00::/8"]);
    for (const bad of ["0", "11", "yes", "10.0.0.1/33", "example.org", "true"]) {
      expect(() => readConfig({ ...base, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must be a number of proxy hops/);
    }
  });

  it("refuses an APP_ORIGIN with a path", () => {
    expect(() => readConfig({ APP_ORIGIN: "https://clearpath.example.org/app" })).toThrow(/APP_ORIGIN: must be an http or https address with no path/);
  });

  it("knows the loopback names", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.0.2.2", "evil.example", "localhost.evil.example", "128.0.0.1"]) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("the storage sweep's interval", () => {
  it("is an hour unless set, and refuses anything that is not a whole number of minutes up to a day", () => {
    expect(readConfig({}).STORAGE_SWEEP_INTERVAL_MINUTES).toBe(60);
    expect(readConfig({ STORAGE_SWEEP_INTERVAL_MINUTES: "5" }).STORAGE_SWEEP_INTERVAL_MINUTES).toBe(5);
    for (const wrong of ["0", "1.5", "1441", "often"]) expect(() => readConfig({ STORAGE_SWEEP_INTERVAL_MINUTES: wrong })).toThrow(/STORAGE_SWEEP_INTERVAL_MINUTES/);
  });
});
