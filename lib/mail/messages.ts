import { site } from "@/lib/site";

// The site's mail, as plain text: every mail client shows it, and nothing in it can run. Pure
// functions of the links and facts they carry, so the tests read exactly what is sent.

export interface MailContent {
  subject: string;
  text: string;
}

const SIGNATURE = `\n— ${site.name}\n`;

export function resetPasswordMail(link: string): MailContent {
  return {
    subject: `Reset your ${site.name} password`,
    text: `Someone (we hope you) asked to reset the password of your ${site.name} account.

Choose a new password here (the link works once, for 30 minutes):
${link}

Resetting signs out every device signed in to your account. If you did not ask for this, ignore
this mail: your password stays as it is.
${SIGNATURE}`,
  };
}

export function verifyEmailMail(link: string): MailContent {
  return {
    subject: `Confirm your email for ${site.name}`,
    text: `Welcome to ${site.name}. Confirm that this address is yours (the link works once, for 24 hours):
${link}

If you did not create an account, ignore this mail and nothing more will happen.
${SIGNATURE}`,
  };
}

export function signUpAttemptMail(links: { signIn: string; reset: string }): MailContent {
  return {
    subject: `Someone tried to sign up to ${site.name} with your email`,
    text: `Someone tried to create a ${site.name} account with this address, which already has one.
No new account was made and nothing was changed.

If it was you, sign in here: ${links.signIn}
Forgot your password? Reset it here: ${links.reset}

If it was not you, you need not do anything.
${SIGNATURE}`,
  };
}

export function passwordChangedMail(input: {
  when: string;
  how: "changed" | "reset";
  resetLink: string;
}): MailContent {
  return {
    subject: `Your ${site.name} password was ${input.how}`,
    text: `The password of your ${site.name} account was ${input.how === "reset" ? "reset by email" : "changed"} on ${input.when}.
Every other device was signed out.

If this was not you, reset your password now: ${input.resetLink}
${SIGNATURE}`,
  };
}

export function twoFactorDisabledMail(input: { when: string; resetLink: string }): MailContent {
  return {
    subject: `Two-factor sign-in was turned off for your ${site.name} account`,
    text: `Two-factor sign-in was turned off for your ${site.name} account on ${input.when}.
Your account is now protected by its password alone.

If this was not you, reset your password now and turn two-factor sign-in back on: ${input.resetLink}
${SIGNATURE}`,
  };
}
