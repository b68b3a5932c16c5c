import * as z from "zod";

import { CONTROL_CHARACTER_MESSAGE, isCleanText, slug, text } from "@/lib/validation/text";

import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "./limits";
import { passwordProblem } from "./password-policy";
import { TOKEN_PATTERN } from "./tokens";

// One schema per account field, used by the forms' server actions and the account import alike.
// The limits live in ./limits.ts, which the forms import (this module is for the server).

export { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from "./limits";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX_LENGTH, `Use an email address of at most ${EMAIL_MAX_LENGTH} characters.`)
  .refine((email) => isCleanText(email), "Enter an email address like name@example.com.")
  .pipe(z.email("Enter an email address like name@example.com."));

/** A password being checked, not chosen: any length up to a bound against hashing abuse. */
const enteredPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX_LENGTH * 4, "That is longer than any password here.")
  .refine((password) => isCleanText(password), `A password ${CONTROL_CHARACTER_MESSAGE}.`);

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .refine((password) => isCleanText(password), `A password ${CONTROL_CHARACTER_MESSAGE}.`)
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A display name; "" means none. Control characters and bidi overrides could disguise one. */
export const nameSchema = text({
  max: NAME_MAX_LENGTH,
  tooLong: `Use a name of at most ${NAME_MAX_LENGTH} characters.`,
  invalid: "Use letters, numbers and punctuation only.",
})
  .trim()
  .transform((name) => (name === "" ? null : name));

export const roleSlugSchema = slug({ max: 100, invalid: "Choose a role from the list." });

/** A role slug from a select; "" means "not chosen". */
const roleChoiceSchema = z.union([z.literal("").transform(() => null), roleSlugSchema], {
  error: "Choose a role from the list.",
});

export const signInSchema = z.object({ email: emailSchema, password: enteredPasswordSchema });

export const signUpSchema = z.object({
  name: nameSchema.optional().default(""),
  email: emailSchema,
  password: newPasswordSchema,
});

export const profileSchema = z.object({
  name: nameSchema,
  currentRole: roleChoiceSchema,
  targetRole: roleChoiceSchema,
});

/** Onboarding's first step: the roles alone. */
export const rolesSchema = profileSchema.omit({ name: true });

export const changePasswordSchema = z
  .object({ currentPassword: enteredPasswordSchema, newPassword: newPasswordSchema })
  .refine((input) => input.currentPassword !== input.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });

export const deleteAccountSchema = z.object({
  confirmation: text({
    max: EMAIL_MAX_LENGTH * 2,
    tooLong: "Type the email address of this account exactly.",
  })
    .trim()
    .toLowerCase()
    .min(1, "Type your email address to confirm."),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** A mailed link's token, as the form posts it back; anything else is an unusable link. */
export const linkTokenSchema = z.string().regex(TOKEN_PATTERN, "This link is not complete.");

export const resetPasswordSchema = z.object({ token: linkTokenSchema, newPassword: newPasswordSchema });

/** What the second step or a protected change was given; lib/accounts/second-factor-input.ts reads it. */
export const codeSchema = z.object({
  code: z.string({ error: "Enter a code." }).max(10_000, "That is far longer than any code."),
});

export const proofSchema = z.object({
  proof: z
    .string({ error: "Enter a code from your app or your password." })
    .min(1, "Enter a code from your app or your password.")
    .max(PASSWORD_MAX_LENGTH * 4, "That is longer than any code or password here."),
});

export const passkeyNameSchema = z.object({
  name: text({
    max: 60,
    tooLong: "Use a name of at most 60 characters.",
    invalid: "Use letters, numbers and punctuation only.",
  })
    .trim()
    .optional()
    .default(""),
});
