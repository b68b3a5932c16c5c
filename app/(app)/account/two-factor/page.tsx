import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QRCode from "qrcode";

import { cancelTotpSetupAction } from "@/lib/accounts/second-factor-actions";
import { pendingTotpSetup } from "@/lib/accounts/two-factor";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { site } from "@/lib/site";
import { Button } from "@/components/ui/button";
import { TotpSetupForm } from "@/components/accounts/totp-setup-form";

export const metadata: Metadata = { title: "Set up two-factor sign-in", robots: { index: false } };

/** The secret in groups of four, as authenticator apps show typed-in keys. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

export default async function TwoFactorSetupPage() {
  const user = await requireUser();
  const setup = await pendingTotpSetup(db, user.id, site.name);
  if (!setup) redirect("/account#two-factor");
  // Drawn on the server as SVG: the secret never goes to a third-party QR service or a script.
  const qrSvg = await QRCode.toString(setup.uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });

  return (
    <div className="container-page max-w-2xl py-10 sm:py-12">
      <h1 className="text-title">Set up two-factor sign-in</h1>
      <ol className="mt-8 grid list-decimal gap-8 pl-5">
        <li>
          <h2 className="font-medium">Add this account to your authenticator app</h2>
          <p className="mt-2 text-sm text-muted-foreground">
            Scan the code with the app (for example Google Authenticator, Microsoft Authenticator, 1Password
            or Aegis), or type the key into it by hand.
          </p>
          <div
            role="img"
            aria-label="QR code holding the key below"
            className="mt-4 w-48 rounded-md border bg-white p-2 [&_svg]:h-auto [&_svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <p className="mt-4 text-sm">
            Key:{" "}
            <code className="rounded bg-muted px-2 py-1 font-mono break-all" data-testid="totp-secret">
              {grouped(setup.secret)}
            </code>
          </p>
          <p className="mt-1 text-xs text-muted-foreground">Time-based, 6 digits, every 30 seconds.</p>
        </li>
        <li>
          <h2 className="font-medium">Confirm with a code</h2>
          <div className="mt-4">
            <TotpSetupForm />
          </div>
        </li>
      </ol>
      <form action={cancelTotpSetupAction} className="mt-10 border-t pt-6">
        <Button type="submit" variant="ghost">
          Cancel set-up
        </Button>
      </form>
    </div>
  );
}
