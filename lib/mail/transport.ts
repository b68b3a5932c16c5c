import "server-only";

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import nodemailer from "nodemailer";

import { env } from "@/lib/env";

import type { MailContent } from "./messages";

// Sending mail (issue 15). With SMTP_URL set, through that server; without it (development, the
// embedded database), each message goes to the server log and to an .eml file in MAIL_DIR, so the
// links in it can be followed. A failed send is logged and reported as false, never thrown: the
// request that caused it has already been answered the same way whatever happens to the mail.

export interface OutgoingMail extends MailContent {
  to: string;
}

type Send = (mail: OutgoingMail) => Promise<void>;

function smtpSender(url: string): Send {
  // Short timeouts: a stalled mail server must not hold a request's background work for minutes.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return async (mail) => {
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

function folderSender(folder: string): Send {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (mail) => {
    const info = await transport.sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    const directory = path.resolve(folder);
    await mkdir(directory, { recursive: true });
    const file = path.join(
      directory,
      `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^A-Za-z0-9]/g, "").slice(0, 16)}.eml`,
    );
    await writeFile(file, info.message as Buffer);
    console.log(
      `[mail] (no SMTP_URL: saved to ${path.relative(process.cwd(), file)})\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}`,
    );
  };
}

let sender: Send | undefined;

export async function sendMail(mail: OutgoingMail): Promise<boolean> {
  sender ??= env.SMTP_URL ? smtpSender(env.SMTP_URL) : folderSender(env.MAIL_DIR);
  try {
    await sender(mail);
    return true;
  } catch (error) {
    // The subject says which flow failed; the address stays out of the log line's first words.
    console.error(
      `[mail] sending "${mail.subject}" failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}
