import { afterEach, describe, expect, inject, it, vi } from "vitest";

// GET /api/health through the route module itself, with the app's own lib/db client.

interface HealthBody {
  status: string;
  app: { status: string; version: string };
  database: { status: string; latencyMs?: number; reason?: string };
}

async function callHealth(databaseUrl: string): Promise<{ status: number; body: HealthBody }> {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("DATABASE_POOL_MAX", "1");
  // lib/db.ts caches its client on globalThis outside production; each case needs its own.
  delete (globalThis as { db?: unknown }).db;
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  const body = (await response.json()) as HealthBody;
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  return { status: response.status, body };
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as { db?: unknown }).db;
});

describe("GET /api/health", () => {
  it("is 200 with the database up", async () => {
    const { status, body } = await callHealth(inject("databaseUrl"));
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", app: { status: "up" }, database: { status: "up" } });
  });

  it("is 503 with the database unreachable, naming no host", async () => {
    const { status, body } = await callHealth("postgresql://postgres:secret@127.0.0.1:1/app");
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: "degraded", app: { status: "up" }, database: { status: "down" } });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|secret/);
  });
});
