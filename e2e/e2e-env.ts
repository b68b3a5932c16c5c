// What the end-to-end server is started with (playwright.config.ts), for the specs that start a
// second app instance beside it on the same embedded database (e2e/second-instance.ts).

export const E2E_PORT = 3100;
export const E2E_DB_PORT = 54_361;
/** Test-only: both instances must sign and read the same session cookies. */
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
export const E2E_DB_DIR = ".data/e2e-pglite";
/** The test SMTP server (e2e/mailbox.ts) the app sends its mail to. */
export const E2E_SMTP_PORT = 2_525;
export const E2E_MAILBOX_DIR = ".data/e2e-mailbox";
/** Links in mail, and passkeys, are on this origin (WebAuthn refuses IP addresses). */
export const E2E_SITE_URL = `http://localhost:${E2E_PORT}`;
