// The app's configuration, read from the environment once and checked, so a typo fails at start.
// It also decides where the server may be reached from, and so whether the outbox may exist and
// which address every link uses (docs/decisions/069-links-from-configured-origin.md).
import { isIP } from "node:net";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address the server listens on. The default, loopback, is reachable from this computer only. */
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Clearpath <no-reply@clearpath.example>"),
  DEMO: z.enum(["on", "off"]).default("on"),
  APP_ORIGIN: z
    .string()
    .url()
    .refine((value) => /^https?:\/\/[^/?#]+\/?$/.test(value.trim()), { message: "must be an http or https address with no path, e.g. https://clearpath.example.org" })
    .optional(),
  /**
   * Which proxies in front of the server to believe about the visitor's address (X-Forwarded-For):
   * a number of hops, or a comma-separated list of addresses, ranges (10.0.0.0/8) or the names
   * loopback, linklocal and uniquelocal. Unset: the address is the connection's own.
   */
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxySetting, {
      message: "must be a number of proxy hops (1-10) or a comma-separated list of proxy addresses, e.g. 1 or 10.0.0.1,loopback",
    })
    .optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * The key that encrypts uploaded files at rest: 32 random bytes in base64 (`openssl rand
   * -base64 32`). When unset, a key file DATA_DIR/storage.key is made on first start.
   */
  STORAGE_KEY: z
    .string()
    .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value.trim()), {
      message: "must be 32 random bytes in base64 (make one with: openssl rand -base64 32)",
    })
    .optional(),
  /**
   * How long a start waits for a PostgreSQL server that is not up yet (DATABASE_URL), trying
   * again every two seconds, before it stops with a message.
   */
  DATABASE_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** How often the reminder job looks for reminders to send. */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** How often stored files left without a document (by a crash mid-upload) are swept away while running. */
  STORAGE_SWEEP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** The largest file a person may upload, in bytes (20 MB unless set). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
  /**
   * Back-pressure (docs/decisions/109-back-pressure.md). How many requests one process works on at
   * once; the rest wait their turn in a short queue. Unset: 2 on the embedded database, which runs
   * on the server's own thread, so more at once only makes the rest wait; 8 on PostgreSQL.
   */
  MAX_REQUESTS_IN_PROGRESS: z.coerce.number().int().min(1).max(1000).optional(),
  /** How many requests may wait for a turn; one more is answered 503 (busy) at once. 0: none wait. */
  MAX_REQUESTS_WAITING: z.coerce.number().int().min(0).max(10_000).default(64),
  /** How long a request may wait for its turn before it is answered 503 (busy), in seconds. */
  REQUEST_WAIT_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  /**
   * How long a page may take to prepare, in seconds, counted once the request has arrived whole
   * (an upload's time on the wire does not count). Then it is stopped and answered 503.
   */
  REQUEST_TIME_LIMIT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Keep uploaded files in this bucket of an S3-compatible object store instead of DATA_DIR/storage,
   * so several servers can share them (docs/decisions/117-files-in-an-s3-compatible-store.md).
   */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: "must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens" })
    .optional(),
  /** The store's address when it is not Amazon S3, e.g. https://s3.example.net or http://127.0.0.1:9000. */
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), { message: "must be an http or https address, e.g. https://s3.example.net" })
    .optional(),
  /** The bucket's region (us-east-1 suits most stores that are not Amazon S3). */
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, { message: "must be a region name such as eu-west-2" })
    .default("us-east-1"),
  /** Unset (both): the AWS SDK finds credentials itself (AWS_ACCESS_KEY_ID, an instance role…). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** "true" for stores that name the bucket in the path (http://host/bucket/key), as many self-hosted ones do. */
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  /** A folder in the bucket for this site's files, e.g. clearpath/ (unset: the bucket's top level). */
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/, {
      message: "must be folder names of letters, digits, dots, hyphens and underscores separated by /, e.g. clearpath/",
    })
    .transform((value) => (value.endsWith("/") ? value : `${value}/`))
    .optional(),
}).superRefine((settings, context) => {
  const s3Settings = (["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const).filter((name) => settings[name] !== undefined);
  if (!settings.S3_BUCKET) {
    if (s3Settings.length > 0) context.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `must be set when ${s3Settings.join(" or ")} is (or unset those to keep files in DATA_DIR/storage)` });
    return;
  }
  if (!settings.S3_ACCESS_KEY_ID !== !settings.S3_SECRET_ACCESS_KEY) {
    context.addIssue({ code: "custom", path: [settings.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"], message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to let the AWS SDK find credentials" });
  }
  // Files are encrypted before they reach the bucket. A key file made on one server's disk would
  // leave every other server sharing the bucket unable to read them.
  if (!settings.STORAGE_KEY) context.addIssue({ code: "custom", path: ["STORAGE_KEY"], message: "must be set when S3_BUCKET is, the same on every server that shares the bucket (make one with: openssl rand -base64 32)" });
});

export type Config = Omit<z.infer<typeof envSchema>, "MAX_REQUESTS_IN_PROGRESS"> & {
  MAX_REQUESTS_IN_PROGRESS: number;
  isProduction: boolean;
  isDemo: boolean;
  /**
   * True when only this computer can reach the server: it listens on a loopback address, no
   * proxy is trusted and no public APP_ORIGIN is set. Only then may the outbox exist.
   */
  isLocalOnly: boolean;
  /** The email outbox page exists only on a local-only server with no mail server. */
  isOutboxVisible: boolean;
  /** This site's address, for every link in an email or a calendar; never from a request's headers. */
  origin: string;
  /** Origins a form of this site may come from (the CSRF check): the origin, and on loopback its other names. */
  allowedOrigins: ReadonlySet<string>;
  /** Express's `trust proxy` value, or false to use the connection's address. */
  trustProxy: number | string[] | false;
};

/** Thrown when the environment is wrong; server.js prints its message, one line, and stops. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isTrustProxySetting(value: string): boolean {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) >= 1 && Number(trimmed) <= 10;
  return trimmed.split(",").every((item) => {
    const [address = "", bits, ...rest] = item.trim().split("/");
    if (rest.length > 0) return false;
    if (PROXY_NAMES.has(address)) return bits === undefined;
    const family = isIP(address);
    if (family === 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
}

/** True for a host name or address that only this computer can reach: localhost, 127.x.x.x, ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost" || bare === "::1") return true;
  const v4 = bare.replace(/^::ffff:/, "");
  return isIP(v4) === 4 && v4.startsWith("127.");
}

/** Reads and checks `env`; throws a ConfigError saying what to change. Exported for its tests. */
export function readConfig(source: Record<string, string | undefined>): Config {
  const env = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Clearpath cannot start: check the environment (${problems.join("; ")})`);
  }
  const settings = parsed.data;
  const isProduction = settings.NODE_ENV === "production";
  const isDemo = settings.DEMO === "on";
  const appOrigin = settings.APP_ORIGIN ? new URL(settings.APP_ORIGIN.trim()).origin : undefined;
  const trustProxy = parseTrustProxy(settings.TRUST_PROXY);
  const isLocalOnly = isLoopbackHost(settings.HOST) && trustProxy === false && (!appOrigin || isLoopbackHost(new URL(appOrigin).hostname));

  if (!isLocalOnly) {
    // Anyone who can reach this server could read the outbox (and take over any account with a
    // reset link), and a link built from a request's Host header could point at another site.
    const missing = [!appOrigin ? "APP_ORIGIN (the public address, e.g. https://clearpath.example.org)" : null, !settings.SMTP_URL ? "SMTP_URL (a mail server, so emails are sent and not kept where others could read them)" : null].filter(Boolean);
    if (missing.length > 0) {
      throw new ConfigError(
        `Clearpath cannot start: it can be reached from other computers (HOST=${settings.HOST}${trustProxy === false ? "" : ", TRUST_PROXY set"}${appOrigin ? `, APP_ORIGIN=${appOrigin}` : ""}), so it needs ${missing.join(" and ")}. To try it on this computer only, leave HOST, TRUST_PROXY and APP_ORIGIN unset.`,
      );
    }
  }

  const origin = appOrigin ?? `http://localhost:${settings.PORT}`;
  const allowedOrigins = new Set([origin]);
  const originUrl = new URL(origin);
  if (isLocalOnly && isLoopbackHost(originUrl.hostname)) {
    // A person on this computer may open localhost, 127.0.0.1 or [::1]: all three are this site.
    for (const name of ["localhost", "127.0.0.1", "[::1]"]) allowedOrigins.add(`${originUrl.protocol}//${name}${originUrl.port ? `:${originUrl.port}` : ""}`);
  }
  return {
    ...settings,
    MAX_REQUESTS_IN_PROGRESS: settings.MAX_REQUESTS_IN_PROGRESS ?? (settings.DATABASE_URL ? 8 : 2),
    APP_ORIGIN: appOrigin,
    isProduction,
    isDemo,
    isLocalOnly,
    isOutboxVisible: isLocalOnly && !settings.SMTP_URL,
    origin,
    allowedOrigins,
    trustProxy,
  };
}

function parseTrustProxy(value: string | undefined): number | string[] | false {
  if (!value) return false;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed.split(",").map((item) => item.trim());
}

export const config: Config = readConfig(process.env);
