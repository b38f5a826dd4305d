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
  /** How often the reminder job looks for reminders to send. */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** How often stored files left without a document (by a crash mid-upload) are swept away while running. */
  STORAGE_SWEEP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** The largest file a person may upload, in bytes (20 MB unless set). */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
});

export type Config = z.infer<typeof envSchema> & {
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
