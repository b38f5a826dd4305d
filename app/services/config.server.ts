// The app's configuration, read from the environment once and checked, so a typo fails at start.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.string().default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Clearpath <no-reply@clearpath.example>"),
  DEMO: z.enum(["on", "off"]).default("on"),
  APP_ORIGIN: z.string().url().optional(),
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
  /** The largest file a person may upload, in bytes (20 MB unless set). */
  /** How often the reminder job looks for reminders to send. */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
});

export type Config = z.infer<typeof envSchema> & {
  isProduction: boolean;
  isDemo: boolean;
  /** The development outbox page is open only outside production or in demo mode. */
  isOutboxVisible: boolean;
};

function readConfig(): Config {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Clearpath cannot start: check the environment (${problems.join("; ")})`);
  }
  const isProduction = parsed.data.NODE_ENV === "production";
  const isDemo = parsed.data.DEMO === "on";
  return {
    ...parsed.data,
    isProduction,
    isDemo,
    isOutboxVisible: !parsed.data.SMTP_URL && (!isProduction || isDemo),
  };
}

export const config: Config = readConfig();
