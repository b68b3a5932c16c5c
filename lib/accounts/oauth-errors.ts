// Auth.js sends OAuth failures back to the sign-in page as ?error=<type>. The messages say what
// happened without naming which accounts exist beyond what the provider already told the visitor.

const messages: Record<string, string> = {
  OAuthAccountNotLinked:
    "This email already has an account here. Sign in with your password; accounts are linked only when it is safe to do so.",
  AccessDenied: "Sign-in was cancelled or refused.",
  Configuration: "Sign-in is not configured correctly on this server. Try again later.",
};

export function oauthErrorMessage(error: string | undefined): string | null {
  if (!error) return null;
  // CredentialsSignin never arrives here (the form handles it); anything else is a generic failure.
  return messages[error] ?? "Sign-in did not complete. Try again.";
}
