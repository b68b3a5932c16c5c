import * as z from "zod";

import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";

// The account forms' schemas, imported by both the forms (for limits) and the server actions.

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 80;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(EMAIL_MAX_LENGTH, `Use an email address of at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email("Enter an email address like name@example.com."));

/** A password being checked, not chosen: any length up to a bound against hashing abuse. */
const enteredPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX_LENGTH * 4, "That is longer than any password here.");

export const newPasswordSchema = z.string({ error: "Choose a password." }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const nameSchema = z
  .string()
  .trim()
  .max(NAME_MAX_LENGTH, `Use a name of at most ${NAME_MAX_LENGTH} characters.`)
  // Control characters have no place in a display name and could disguise one.
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "Use letters, numbers and punctuation only.")
  .transform((name) => (name === "" ? null : name));

/** A role slug from a select; "" means "not chosen". */
const roleChoiceSchema = z
  .string()
  .max(100)
  .transform((slug) => (slug === "" ? null : slug));

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
  confirmation: z.string().trim().toLowerCase().min(1, "Type your email address to confirm."),
});
