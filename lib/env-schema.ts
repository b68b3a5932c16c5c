import * as z from "zod";

// The shape of the environment. lib/env.ts parses it once for the app; the command-line scripts
// call parseEnv themselves, so that a bad variable becomes their one-line message, not a crash on import.

const POSTGRES_PROTOCOLS = new Set(["postgres:", "postgresql:"]);

export const databaseUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({
      code: "custom",
      message: "is not a URL; expected postgresql://USER:PASSWORD@HOST:5432/DATABASE",
    });
    return;
  }
  if (!POSTGRES_PROTOCOLS.has(url.protocol)) {
    ctx.addIssue({
      code: "custom",
      message: `starts with "${url.protocol}//"; expected postgresql://USER:PASSWORD@HOST:5432/DATABASE`,
    });
  } else if (!url.hostname) {
    ctx.addIssue({
      code: "custom",
      message: "names no host; expected postgresql://USER:PASSWORD@HOST:5432/DATABASE",
    });
  }
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset means the embedded database; scripts/run-app.ts then sets it for the app it starts. */
  DATABASE_URL: databaseUrlSchema.optional(),
  /** The embedded database serialises every query, so scripts/run-app.ts sets this to 1 for it. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database keeps its files, relative to the project (when DATABASE_URL is unset). */
  EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
  /** A fixed port for the embedded database; unset, 54329 is tried and then any free port. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** The public origin, for canonical URLs, the sitemap and Open Graph tags. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /**
   * Signs the session cookies. Required in production (scripts/run-app.ts refuses to start without
   * it); with the embedded database it is generated once and kept beside the data.
   */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  /**
   * The secret AUTH_SECRET replaced, while a rotation is under way: sessions signed with it stay
   * valid and two-factor secrets sealed with it still open (and are sealed again with the new one).
   * docs/security.md, "Rotating AUTH_SECRET".
   */
  AUTH_SECRET_PREVIOUS: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Where mail goes: smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465.
   * Unset, messages are written to the server log and to MAIL_DIR instead (development).
   */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be smtp://user:password@host:port or smtps://…" })
    .optional(),
  /** The sender of the site's mail. */
  MAIL_FROM: z.string().default("Gradient Prep <no-reply@localhost>"),
  /** Without SMTP_URL, each message is also saved here as an .eml file, relative to the project. */
  MAIL_DIR: z.string().default(".data/mail"),
  /** Sign in with GitHub / Google appears only when both its id and its secret are set. */
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  /**
   * How many proxies in front of the app append to X-Forwarded-For; the sign-in limits key on the
   * address this yields (lib/accounts/client-address.ts). 0 means none: fine locally, but then a
   * client can name its own address, so production belongs behind a proxy.
   */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * End-to-end tests only: lets a cookie move the server's clock forward (lib/clock.ts), so a test
   * can reach a review's due date without waiting. scripts/run-app.ts refuses it in production.
   */
  ALLOW_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment; throws an EnvError whose message names each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as it does for most tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new EnvError(`Invalid environment: ${lines.join("; ")}`);
}
