import { removePasskeyAction } from "@/lib/accounts/second-factor-actions";
import type { PasskeyView } from "@/lib/accounts/passkeys";
import { formatDate } from "@/lib/format";
import { Button } from "@/components/ui/button";

export function PasskeyList({ passkeys }: { passkeys: PasskeyView[] }) {
  if (passkeys.length === 0) {
    return <p className="text-sm text-muted-foreground">No passkeys yet.</p>;
  }
  return (
    <ul aria-label="Your passkeys" className="grid gap-3">
      {passkeys.map((passkey) => (
        <li
          key={passkey.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3"
        >
          <div className="text-sm">
            <p className="font-medium">{passkey.name}</p>
            <p className="text-muted-foreground">
              Added {formatDate(passkey.createdAt)}
              {passkey.lastUsedAt ? `, last used ${formatDate(passkey.lastUsedAt)}` : ", not used yet"}
            </p>
          </div>
          <form action={removePasskeyAction}>
            <input type="hidden" name="passkeyId" value={passkey.id} />
            <Button type="submit" variant="outline" size="sm" aria-label={`Remove passkey ${passkey.name}`}>
              Remove
            </Button>
          </form>
        </li>
      ))}
    </ul>
  );
}
