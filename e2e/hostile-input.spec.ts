import { readFileSync } from "node:fs";
import path from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";

import { newEmail, signUp } from "./accounts-helpers";
import { expect, test } from "./fixtures";
import {
  HOSTILE_ACTION_BODIES,
  HOSTILE_BODIES,
  HOSTILE_SEGMENTS,
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
} from "./fuzz-corpus";

// The fuzz corpus (e2e/fuzz-corpus.ts) sent to every API route, every server action and the pages
// that read their address, signed out and signed in (issue 12): no answer may be a 5xx, and every
// refusal from the API says what was wrong in JSON.

test.describe.configure({ timeout: 600_000 });

type Sent = { label: string; response: APIResponse };

async function expectNo5xx(sent: Sent[]) {
  const failures: string[] = [];
  for (const { label, response } of sent) {
    if (response.status() >= 500)
      failures.push(`${response.status()} for ${label}: ${(await response.text()).slice(0, 200)}`);
  }
  expect(failures, `${failures.length} of ${sent.length} requests were answered with a 5xx`).toEqual([]);
}

async function expectJsonErrors(sent: Sent[]) {
  for (const { label, response } of sent) {
    if (response.status() < 400) continue;
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    expect(typeof body?.error, `a JSON error message for ${label}`).toBe("string");
  }
}

/** A valid value per JSON field, so each hostile value is tried in one field at a time. */
const ATTEMPT = {
  questionSlug: "x",
  grade: "GOOD",
  timeSpentSeconds: 10,
  idempotencyKey: "key-12345678",
  timeZone: "UTC",
};

async function fuzzApi(request: APIRequestContext, slug: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  const send = async (label: string, promise: Promise<APIResponse>) =>
    sent.push({ label, response: await promise });
  const json = (value: unknown) => ({
    headers: { "content-type": "application/json" },
    data: JSON.stringify(value),
  });

  for (const field of Object.keys(ATTEMPT)) {
    for (const value of [...HOSTILE_STRINGS, ...HOSTILE_VALUES]) {
      await send(
        `POST /api/attempts ${field}=${JSON.stringify(value).slice(0, 40)}`,
        request.post("/api/attempts", json({ ...ATTEMPT, questionSlug: slug, [field]: value })),
      );
    }
  }
  for (const value of [...HOSTILE_STRINGS, ...HOSTILE_VALUES]) {
    await send(
      `PUT note body=${JSON.stringify(value).slice(0, 40)}`,
      request.put(`/api/questions/${slug}/note`, json({ body: value })),
    );
    await send(
      `PUT bookmark=${JSON.stringify(value).slice(0, 40)}`,
      request.put(`/api/questions/${slug}/bookmark`, json({ bookmarked: value })),
    );
    await send(
      `PUT code=${JSON.stringify(value).slice(0, 40)}`,
      request.put(`/api/questions/${slug}/code`, json({ code: value })),
    );
  }
  for (const body of HOSTILE_BODIES) {
    const label = JSON.stringify(body.toString()).slice(0, 40);
    const raw = { headers: { "content-type": "application/json" }, data: body };
    await send(`POST /api/attempts body ${label}`, request.post("/api/attempts", raw));
    await send(`PUT note body ${label}`, request.put(`/api/questions/${slug}/note`, raw));
    await send(`PUT bookmark body ${label}`, request.put(`/api/questions/${slug}/bookmark`, raw));
    await send(`PUT code body ${label}`, request.put(`/api/questions/${slug}/code`, raw));
    await send(`POST import body ${label}`, request.post("/api/account/import", raw));
    await send(
      `POST import gzip-labelled ${label}`,
      request.post("/api/account/import", {
        headers: { ...raw.headers, "content-encoding": "gzip" },
        data: body,
      }),
    );
  }
  for (const segment of HOSTILE_SEGMENTS) {
    await send(`GET attempt ${segment.slice(0, 20)}`, request.get(`/api/attempts/${segment}`));
    await send(`GET note ${segment.slice(0, 20)}`, request.get(`/api/notes/${segment}`));
    await send(`DELETE note ${segment.slice(0, 20)}`, request.delete(`/api/notes/${segment}`));
    await send(`DELETE bookmark ${segment.slice(0, 20)}`, request.delete(`/api/bookmarks/${segment}`));
    await send(`GET progress ${segment.slice(0, 20)}`, request.get(`/api/questions/${segment}/progress`));
    await send(`GET code ${segment.slice(0, 20)}`, request.get(`/api/questions/${segment}/code`));
    await send(
      `PUT code at ${segment.slice(0, 20)}`,
      request.put(`/api/questions/${segment}/code`, json({ code: "SELECT 1" })),
    );
    await send(
      `PUT note at ${segment.slice(0, 20)}`,
      request.put(`/api/questions/${segment}/note`, json({ body: "x" })),
    );
    await send(
      `PUT bookmark at ${segment.slice(0, 20)}`,
      request.put(`/api/questions/${segment}/bookmark`, json({ bookmarked: true })),
    );
  }
  // An import whose fields are hostile, one at a time.
  const profile = { name: "Ada", timeZone: "UTC", currentRole: null, targetRole: null };
  for (const field of Object.keys(profile)) {
    for (const value of [...HOSTILE_STRINGS, ...HOSTILE_VALUES]) {
      await send(
        `import profile.${field}=${JSON.stringify(value).slice(0, 30)}`,
        request.post(
          "/api/account/import",
          json({
            format: "gradient-prep-export",
            version: 1,
            profile: { ...profile, [field]: value },
            selfRatings: [],
            attempts: [],
            bookmarks: [],
            notes: [],
          }),
        ),
      );
    }
  }
  for (const value of [
    ...HOSTILE_STRINGS,
    ...HOSTILE_VALUES,
    "-004713-01-01T00:00:00Z",
    8_640_000_000_000_000,
    "+010000-06-01",
  ]) {
    await send(
      `import attempt.createdAt=${JSON.stringify(value).slice(0, 30)}`,
      request.post(
        "/api/account/import",
        json({
          format: "gradient-prep-export",
          version: 1,
          profile,
          selfRatings: [
            { skill: "sql", rating: 3 },
            { skill: "sql", rating: 4 },
          ],
          attempts: [
            {
              question: slug,
              grade: "GOOD",
              timeSpentSeconds: null,
              idempotencyKey: "k-12345678",
              createdAt: value,
            },
          ],
          bookmarks: [],
          notes: [],
        }),
      ),
    );
  }
  for (const route of [
    "/api/plan",
    "/api/account/export",
    "/api/health",
    "/api/auth/session",
    "/api/auth/csrf",
    "/api/auth/providers",
  ]) {
    await send(`GET ${route}`, request.get(route));
  }
  for (const value of HOSTILE_STRINGS.slice(0, 20)) {
    await send(
      `POST ticket callback ${JSON.stringify(value).slice(0, 20)}`,
      request.post("/api/auth/callback/ticket", { form: { ticket: value } }),
    );
  }
  return sent;
}

const actionIds = (): string[] => {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, unknown>;
  };
  return Object.keys(manifest.node);
};

const ACTION_FIELDS = [
  "email",
  "password",
  "name",
  "currentRole",
  "targetRole",
  "currentPassword",
  "newPassword",
  "confirmation",
  "dailyNewLimit",
  "hideTags",
  "next",
  "provider",
  "from",
  "rating:sql",
  "code",
  "proof",
  "token",
  "passkeyId",
];

/** A form as our pages send it: the fields (prefixed), then the arguments, last. */
function actionForm(fields: Record<string, string>): { contentType: string; body: Buffer } {
  const boundary = "----fuzz";
  const parts = [
    ...Object.entries(fields).map(([name, value]) => [`_1_${name}`, value] as const),
    ["0", '[{"status":"idle"},"$K1"]'] as const,
  ];
  const body =
    parts
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(body) };
}

async function fuzzActions(request: APIRequestContext, page: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const id of actionIds()) {
    const post = async (
      label: string,
      { contentType, body }: { contentType: string; body: string | Buffer },
    ) =>
      sent.push({
        label: `action ${id.slice(0, 8)} ${label}`,
        response: await request.post(page, {
          headers: { "next-action": id, "content-type": contentType },
          data: body,
        }),
      });
    for (const [index, malformed] of HOSTILE_ACTION_BODIES.entries())
      await post(`malformed #${index}`, malformed);
    for (const value of HOSTILE_STRINGS.filter((s) => s.length < 1_000)) {
      await post(
        `fields=${JSON.stringify(value).slice(0, 20)}`,
        actionForm(Object.fromEntries(ACTION_FIELDS.map((field) => [field, value]))),
      );
    }
  }
  return sent;
}

/** Percent-encodes any string, a lone surrogate too (as the bytes a careless client would send). */
function encodeAnything(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "\ufffd")).replaceAll(
      "%EF%BF%BD",
      "%ED%A0%80",
    );
  }
}

const PAGE_QUERIES = [
  "/questions?q=",
  "/questions?skill=",
  "/questions?page=",
  "/questions?role=",
  "/questions?sort=",
  "/sign-in?next=",
  "/sign-in?error=",
  "/sign-up?next=",
  "/compare/go?a=",
  "/onboarding?next=",
  "/onboarding?step=",
  "/plan?order=",
  "/practice?skill=",
  "/practice?role=",
  "/account?changed=",
  "/account?recoveryCodesLeft=",
  "/sign-in/two-factor?next=",
  "/forgot-password?sent=",
  "/reset-password?token=",
  "/verify-email?token=",
];

async function fuzzPages(request: APIRequestContext): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const prefix of PAGE_QUERIES) {
    for (const value of [...HOSTILE_STRINGS, ...HOSTILE_SEGMENTS]) {
      const url = `${prefix}${HOSTILE_SEGMENTS.includes(value) ? value : encodeAnything(value)}`;
      sent.push({ label: `GET ${url.slice(0, 60)}`, response: await request.get(url, { maxRedirects: 0 }) });
    }
  }
  for (const segment of HOSTILE_SEGMENTS) {
    for (const base of ["/questions/", "/roles/", "/skills/", "/compare/", ""]) {
      sent.push({
        label: `GET ${base}${segment.slice(0, 20)}`,
        response: await request.get(`/${base.slice(1)}${segment}`, { maxRedirects: 0 }),
      });
    }
  }
  return sent;
}

test("signed out: no hostile request gets a 5xx", async ({ request }) => {
  const api = await fuzzApi(request, "does-not-exist");
  await expectNo5xx(api);
  await expectJsonErrors(
    api.filter(({ label }) => !label.includes("/api/auth") && !label.includes("credentials")),
  );
  await expectNo5xx(await fuzzActions(request, "/sign-in"));
  await expectNo5xx(await fuzzPages(request));
});

test("signed in: no hostile request gets a 5xx, and nothing hostile is stored", async ({ page }) => {
  await signUp(page, newEmail("fuzz"));
  await page.goto("/questions");
  const href = await page.locator('main a[href^="/questions/"]').first().getAttribute("href");
  const slug = href!.split("/")[2]!;
  const api = await fuzzApi(page.request, slug);
  await expectNo5xx(api);
  await expectJsonErrors(
    api.filter(({ label }) => !label.includes("/api/auth") && !label.includes("credentials")),
  );
  await expectNo5xx(await fuzzPages(page.request));

  // Nothing hostile was stored: the account's pages all render, and its notes are clean.
  for (const path of ["/dashboard", "/practice", "/plan", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  const exported = (await (await page.request.get("/api/account/export")).json()) as {
    notes: { body: string }[];
  };
  for (const note of exported.notes) expect(note.body).not.toMatch(/\u0000/);
  const code = (await (await page.request.get(`/api/questions/${slug}/code`)).json()) as {
    code: string | null;
  };
  expect(code.code ?? "").not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);

  // Last, as some of them sign this account out.
  await expectNo5xx(await fuzzActions(page.request, "/account"));
});
