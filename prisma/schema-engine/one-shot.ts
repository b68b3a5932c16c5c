// One-shot commands: `schema-engine --datasource '{"url":…}' cli <command>`.
// The WebAssembly engine has no equivalent (it cannot even start without a reachable database),
// so these talk to PostgreSQL through pg directly.
import pg from "pg";
import { quoteIdentifier } from "./adapter-factory";
import { withDatabase, type ConnectionTarget } from "./connection";

export type OneShotCommand = "can-connect-to-database" | "create-database" | "drop-database";

export function isOneShotCommand(name: string): name is OneShotCommand {
  return name === "can-connect-to-database" || name === "create-database" || name === "drop-database";
}

export async function runOneShot(command: OneShotCommand, target: ConnectionTarget): Promise<void> {
  switch (command) {
    case "can-connect-to-database":
      return withClient(target, async (client) => {
        await client.query("SELECT 1");
      });
    case "create-database":
      await createDatabase(target);
      return;
    case "drop-database":
      return withMaintenanceClient(target, async (client) => {
        await client.query(`DROP DATABASE ${quoteIdentifier(target.database)}`);
      });
  }
}

/** Creates the database the target names; returns its name (the RPC method's result). */
export async function createDatabase(target: ConnectionTarget): Promise<string> {
  await withMaintenanceClient(target, async (client) => {
    await client.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`);
  });
  return target.database;
}

/**
 * CREATE/DROP DATABASE cannot run inside the database concerned. Like the native engine, use the
 * `postgres` maintenance database, or `template1` where `postgres` has been removed.
 */
async function withMaintenanceClient(
  target: ConnectionTarget,
  work: (client: pg.Client) => Promise<void>,
): Promise<void> {
  let client: pg.Client;
  try {
    client = await connect(withDatabase(target, "postgres"));
  } catch (error) {
    if ((error as { code?: unknown }).code !== "3D000") throw error;
    client = await connect(withDatabase(target, "template1"));
  }
  await runThenClose(client, work);
}

async function withClient(
  target: ConnectionTarget,
  work: (client: pg.Client) => Promise<void>,
): Promise<void> {
  await runThenClose(await connect(target), work);
}

async function connect(target: ConnectionTarget): Promise<pg.Client> {
  const client = new pg.Client(target.config);
  // Without a listener, a server-side disconnect would crash the process with an 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

async function runThenClose(client: pg.Client, work: (client: pg.Client) => Promise<void>): Promise<void> {
  try {
    await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
