// Where the browser loads the code runner's runtimes from: this site's own copies in public/vendor/
// (scripts/lib/vendor-runtimes.ts copies them from node_modules; runtimes.test.ts checks these
// versions are the installed ones). Never a third-party host.

export const PGLITE_VERSION = "0.5.14";
export const PYODIDE_VERSION = "314.0.8";

export const PGLITE_URL = `/vendor/pglite-${PGLITE_VERSION}/index.js`;
/**
 * PGlite's initial database files, gzip-compressed when copied (6.2 MB become 1.9 MB): servers do
 * not compress this binary type themselves, so the worker fetches the .gz and unpacks it.
 */
export const PGLITE_BUNDLE_URL = `/vendor/pglite-${PGLITE_VERSION}/pglite.data.gz`;
export const PYODIDE_INDEX_URL = `/vendor/pyodide-${PYODIDE_VERSION}/`;

/** How long a run may take before its worker is stopped (issue 13: "a stated limit"). */
export const SQL_TIME_LIMIT_MS = 5_000;
export const PYTHON_TIME_LIMIT_MS = 10_000;
