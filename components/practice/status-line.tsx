import { cn } from "@/lib/utils/cn";
import { Link } from "@/components/ui/link";

/** A polite live status line; signed out, it ends with the way to sign in and keep what was entered. */
export function StatusLine({
  text,
  signInHref,
  className,
}: {
  text: string | null;
  signInHref: string | null;
  className?: string | undefined;
}) {
  return (
    <p role="status" aria-live="polite" className={cn("text-sm empty:hidden", className)}>
      {text}
      {text && signInHref ? (
        <>
          {" "}
          <Link className="link font-medium" href={signInHref}>
            Sign in
          </Link>
        </>
      ) : null}
    </p>
  );
}
