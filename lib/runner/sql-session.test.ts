import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runSqlQuery, SQL_MAX_ROWS } from "./sql-session";

// The runner's SQL session on a real (in-memory) PGlite, as the browser's worker and content:check
// use it: each run sees the question's data fresh, and a person's query can neither change it nor
// run anything but one SELECT.

const SETUP = `CREATE TABLE orders (id int, user_id int, amount numeric(8,2), placed date);
INSERT INTO orders VALUES (1, 1, 10.50, '2026-01-01'), (2, 1, 5.00, '2026-01-03'), (3, 2, 7.25, NULL);`;

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

describe("runSqlQuery", () => {
  it("returns columns and values as PostgreSQL prints them", async () => {
    const run = await runSqlQuery(
      db,
      SETUP,
      "SELECT user_id, SUM(amount) AS total, MIN(placed) FROM orders GROUP BY 1 ORDER BY 1;",
    );
    expect(run).toEqual({
      ok: true,
      cut: null,
      result: {
        columns: ["user_id", "total", "min"],
        rows: [
          ["1", "15.50", "2026-01-01"],
          ["2", "7.25", null],
        ],
      },
    });
  });

  it("starts every run from the setup: a DROP TABLE is refused and the next run still has the table", async () => {
    const dropped = await runSqlQuery(db, SETUP, "DROP TABLE orders");
    expect(dropped.ok).toBe(false);
    const write = await runSqlQuery(db, SETUP, "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d");
    expect(write).toMatchObject({ ok: false, error: { phase: "query" } });
    expect(await runSqlQuery(db, SETUP, "SELECT count(*) FROM orders")).toMatchObject({
      ok: true,
      result: { rows: [["3"]] },
    });
  });

  it("refuses a statement that changes the schema, and explains what an answer is", async () => {
    for (const statement of [
      "CREATE TABLE t (x int)",
      "ALTER TABLE orders ADD COLUMN y int",
      "TRUNCATE orders",
    ]) {
      const run = await runSqlQuery(db, SETUP, statement);
      expect(run).toMatchObject({
        ok: false,
        error: { phase: "query", hint: expect.stringMatching(/SELECT/) },
      });
    }
  });

  it("cuts a result over 1 MB of text and says so", async () => {
    const run = await runSqlQuery(db, "", "SELECT repeat('x', 1000) FROM generate_series(1, 2000)");
    expect(run).toMatchObject({ ok: true, cut: "bytes" });
    expect(run.ok && run.result.rows.length).toBeLessThan(1_000);
  });

  it("refuses several statements, with a hint", async () => {
    const run = await runSqlQuery(db, SETUP, "SELECT 1; SELECT 2");
    expect(run).toMatchObject({ ok: false, error: { phase: "query", hint: expect.stringContaining("one") } });
  });

  it("reports PostgreSQL's error with its position in the person's own text", async () => {
    const run = await runSqlQuery(db, SETUP, "SELECT user_id FROM ordrs");
    expect(run).toMatchObject({
      ok: false,
      error: { message: 'relation "ordrs" does not exist', position: 21 },
    });
  });

  it("stops an endless WITH RECURSIVE at the row limit and says the result was cut", async () => {
    const run = await runSqlQuery(
      db,
      "",
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n",
    );
    expect(run).toMatchObject({ ok: true, cut: "rows" });
    expect(run.ok && run.result.rows.length).toBe(SQL_MAX_ROWS);
  });

  it("answers an empty editor and an oversized paste without running anything", async () => {
    expect(await runSqlQuery(db, SETUP, "  ;\n")).toMatchObject({ ok: false, error: { phase: "input" } });
    const huge = `SELECT 1 -- ${"x".repeat(100_000)}`;
    expect(await runSqlQuery(db, SETUP, huge)).toMatchObject({ ok: false, error: { phase: "input" } });
  });

  it("takes unicode identifiers and reports a broken setup as the question's fault", async () => {
    expect(
      await runSqlQuery(
        db,
        "CREATE TABLE café (prix int); INSERT INTO café VALUES (3);",
        'SELECT prix AS "€" FROM café',
      ),
    ).toMatchObject({
      ok: true,
      result: { columns: ["€"], rows: [["3"]] },
    });
    expect(await runSqlQuery(db, "CREATE TABL x", "SELECT 1")).toMatchObject({
      ok: false,
      error: { phase: "setup" },
    });
  });
});
