import { startMailServer } from "./mailbox";

/** Playwright's global set-up: the SMTP server the app mails through; the returned function stops it. */
export default async function globalSetup() {
  return startMailServer();
}
