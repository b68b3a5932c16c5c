import type { ReactNode } from "react";

/**
 * A formula as text (HTML <var> and <sub>, no images, no MathML), followed by the same formula in
 * words, so it reads the same to a screen reader, a search engine and someone who skips the symbols.
 */
export function Formula({ children, reading }: { children: ReactNode; reading: string }) {
  return (
    <div className="my-4 max-w-3xl rounded-lg border bg-muted/40 px-4 py-3">
      <p className="font-serif text-lg break-words">{children}</p>
      <p className="mt-1 text-sm text-muted-foreground">
        <span className="font-medium text-foreground">In words:</span> {reading}
      </p>
    </div>
  );
}
