import { AuthCard } from "./auth-card";

import { Link } from "@/components/ui/link";

/** A mailed link that cannot be used: expired, used, altered or for an account that is gone. */
export function UnusableLink({ again }: { again: { href: string; label: string } }) {
  return (
    <AuthCard
      title="This link cannot be used"
      lead="It has expired, was already used, or was cut short when it was copied."
    >
      <div className="grid gap-4 text-sm">
        <p>Links from our mail work once, and only for a while. Nothing was changed.</p>
        <p>
          <Link className="link" href={again.href}>
            {again.label}
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
