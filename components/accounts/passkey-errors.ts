// What the browser's WebAuthn errors mean to a person (the names are the DOMException names the
// WebAuthn spec lists).

export function passkeyErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") {
    return "The passkey prompt was closed or timed out. Try again when you are ready.";
  }
  if (name === "SecurityError") {
    return "Passkeys work only at this site's own address (a domain name, or localhost), not at an IP address.";
  }
  if (name === "InvalidStateError") return "This device already holds a passkey for this account.";
  if (name === "NotSupportedError" || (typeof window !== "undefined" && !window.PublicKeyCredential)) {
    return "This browser or device does not support passkeys.";
  }
  return "The passkey could not be used. Try again, or use another way to sign in.";
}
