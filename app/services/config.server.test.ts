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

describe("files in an S3-compatible store", () => {
  const KEY = Buffer.alloc(32, 1).toString("base64");
  const s3 = { S3_BUCKET: "clearpath-files", STORAGE_KEY: KEY };

  it("is off unless S3_BUCKET is set: files stay in DATA_DIR/storage", () => {
    expect(readConfig({}).S3_BUCKET).toBeUndefined();
  });

  it("reads the bucket with its defaults, or every setting given", () => {
    expect(readConfig(s3)).toMatchObject({ S3_BUCKET: "clearpath-files", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: "false" });
    expect(readConfig(s3).S3_PREFIX).toBeUndefined();
    const config = readConfig({ ...s3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_REGION: "eu-west-2", S3_ACCESS_KEY_ID: "id", S3_SECRET_ACCESS_KEY: "secret", S3_FORCE_PATH_STYLE: "true", S3_PREFIX: "sites/clearpath" });
    expect(config).toMatchObject({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_REGION: "eu-west-2", S3_FORCE_PATH_STYLE: "true", S3_PREFIX: "sites/clearpath/" });
  });

  it("needs STORAGE_KEY, so every server sharing the bucket encrypts with the same key", () => {
    expect(() => readConfig({ S3_BUCKET: "clearpath-files" })).toThrow(/STORAGE_KEY: must be set when S3_BUCKET is/);
  });

  it("refuses S3 settings without a bucket, rather than quietly keeping files on local disk", () => {
    expect(() => readConfig({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_PREFIX: "x/" })).toThrow(/S3_BUCKET: must be set when S3_ENDPOINT or S3_PREFIX is/);
  });

  it("refuses half a pair of credentials, naming the missing one", () => {
    expect(() => readConfig({ ...s3, S3_ACCESS_KEY_ID: "id" })).toThrow(/S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/);
    expect(() => readConfig({ ...s3, S3_SECRET_ACCESS_KEY: "secret" })).toThrow(/S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID and/);
  });

  it("refuses a setting that cannot be right, in one line", () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ S3_BUCKET: "Clearpath_Files" }, /S3_BUCKET: must be a bucket name/],
      [{ S3_ENDPOINT: "ftp://files.example.net" }, /S3_ENDPOINT: must be an http or https address/],
      [{ S3_ENDPOINT: "not an address" }, /S3_ENDPOINT:/],
      [{ S3_FORCE_PATH_STYLE: "yes" }, /S3_FORCE_PATH_STYLE: must be true or false/],
      [{ S3_PREFIX: "/clearpath" }, /S3_PREFIX: must be folder names/],
      [{ S3_PREFIX: "a//b" }, /S3_PREFIX: must be folder names/],
      [{ S3_REGION: "EU West" }, /S3_REGION: must be a region name/],
    ];
    for (const [settings, message] of cases) {
      let error: unknown;
      try {
        readConfig({ ...s3, ...settings });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("back-pressure settings", () => {
  it("has a limit for one process unless told otherwise", () => {
    expect(readConfig({})).toMatchObject({ MAX_REQUESTS_IN_PROGRESS: 2, MAX_REQUESTS_WAITING: 64, REQUEST_WAIT_SECONDS: 5, REQUEST_TIME_LIMIT_SECONDS: 30 });
    // PostgreSQL works outside the server's thread, so more requests can usefully run at once.
    expect(readConfig({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/clearpath" }).MAX_REQUESTS_IN_PROGRESS).toBe(8);
    expect(readConfig({ MAX_REQUESTS_IN_PROGRESS: "2", MAX_REQUESTS_WAITING: "0", REQUEST_TIME_LIMIT_SECONDS: "120" })).toMatchObject({
      MAX_REQUESTS_IN_PROGRESS: 2,
      MAX_REQUESTS_WAITING: 0,
      REQUEST_TIME_LIMIT_SECONDS: 120,
    });
  });

  it("refuses a limit that would let no request in", () => {
    expect(() => readConfig({ MAX_REQUESTS_IN_PROGRESS: "0" })).toThrow(/MAX_REQUESTS_IN_PROGRESS/);
    expect(() => readConfig({ REQUEST_TIME_LIMIT_SECONDS: "0" })).toThrow(/REQUEST_TIME_LIMIT_SECONDS/);
  });
});

describe("the storage sweep's interval", () => {
  it("is an hour unless set, and refuses anything that is not a whole number of minutes up to a day", () => {
    expect(readConfig({}).STORAGE_SWEEP_INTERVAL_MINUTES).toBe(60);
    expect(readConfig({ STORAGE_SWEEP_INTERVAL_MINUTES: "5" }).STORAGE_SWEEP_INTERVAL_MINUTES).toBe(5);
    for (const wrong of ["0", "1.5", "1441", "often"]) expect(() => readConfig({ STORAGE_SWEEP_INTERVAL_MINUTES: wrong })).toThrow(/STORAGE_SWEEP_INTERVAL_MINUTES/);
  });
});
