// What the end-to-end server is started with (playwright.config.ts), for the specs that start a
// second app instance beside it on the same embedded database (e2e/second-instance.ts).

export const E2E_PORT = 3100;
export const E2E_DB_PORT = 54_361;
/** Test-only: both instances must sign and read the same session cookies. */
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";
export const E2E_DB_DIR = ".data/e2e-pglite";
