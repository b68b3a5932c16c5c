import "server-only";

import { after } from "next/server";

import { sendMail, type OutgoingMail } from "./transport";

/**
 * Sends once the response has gone: the answer takes the same time whether or not a mail was
 * due (so it says nothing about which emails have accounts), and a slow or failing mail server
 * never holds the person up.
 */
export function sendMailAfterResponse(mail: OutgoingMail): void {
  after(() => sendMail(mail).then(() => undefined));
}
