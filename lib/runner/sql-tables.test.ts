import { describe, expect, it } from "vitest";

import { parseCreateTables } from "./sql-tables";

describe("parseCreateTables", () => {
  it("reads tables and columns with their types, leaving out constraints and comments", () => {
    const setup = `-- the orders
CREATE TABLE orders (
  id int PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  amount numeric(8, 2) DEFAULT 0,
  placed_at timestamp,
  "Status" text CHECK ("Status" IN ('a', 'b,c')),
  UNIQUE (user_id, placed_at)
);
/* a second table */ create table if not exists events (kind text, at date);
INSERT INTO orders VALUES (1, 1, 2.00, now(), 'a');`;
    expect(parseCreateTables(setup)).toEqual([
      {
        name: "orders",
        columns: [
          { name: "id", type: "int" },
          { name: "user_id", type: "integer" },
          { name: "amount", type: "numeric(8, 2)" },
          { name: "placed_at", type: "timestamp" },
          { name: "Status", type: "text" },
        ],
      },
      {
        name: "events",
        columns: [
          { name: "kind", type: "text" },
          { name: "at", type: "date" },
        ],
      },
    ]);
  });

  it("reads nothing from a setup without tables", () => {
    expect(parseCreateTables("INSERT INTO t VALUES (1);")).toEqual([]);
  });
});
