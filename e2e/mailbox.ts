import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

import { E2E_MAILBOX_DIR, E2E_SMTP_PORT } from "./e2e-env";

// A real SMTP server for the end-to-end run (issue 15): the app sends through SMTP_URL to it, it
// writes each message to E2E_MAILBOX_DIR, and the specs read them there and follow their links.

export async function startMailServer(): Promise<() => Promise<void>> {
  await rm(E2E_MAILBOX_DIR, { recursive: true, force: true });
  await mkdir(E2E_MAILBOX_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        count += 1;
        const file = path.join(E2E_MAILBOX_DIR, `${Date.now()}-${String(count).padStart(5, "0")}.eml`);
        writeFile(file, Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(E2E_SMTP_PORT, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

async function readAll(): Promise<ReceivedMail[]> {
  const files = (await readdir(E2E_MAILBOX_DIR).catch(() => []))
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(async (name) => {
      const parsed = await simpleParser(await readFile(path.join(E2E_MAILBOX_DIR, name)));
      const to = Array.isArray(parsed.to)
        ? parsed.to.map((address) => address.text).join(", ")
        : (parsed.to?.text ?? "");
      return { to, subject: parsed.subject ?? "", text: parsed.text ?? "" };
    }),
  );
}

/** The latest mail to `to` whose subject matches, waiting for it (mail is sent after the response). */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await readAll())
      .filter((received) => received.to.includes(to) && subject.test(received.subject))
      .at(-1);
    if (mail) return mail;
    if (Date.now() > deadline)
      throw new Error(`No mail to ${to} with a subject like ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** All mail received for `to` so far. */
export async function mailTo(to: string): Promise<ReceivedMail[]> {
  return (await readAll()).filter((received) => received.to.includes(to));
}

/**
 * The path and query of the site link in a mail. Links are on SITE_URL (localhost, which passkeys
 * need); the specs' browser works on 127.0.0.1, so the path is followed there.
 */
export function linkPath(mail: ReceivedMail, pathname: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${pathname.replace(/[/]/g, "\\/")}[^\\s]*`));
  if (!match) throw new Error(`No ${pathname} link in: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
