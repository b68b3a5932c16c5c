"use client";

import { useState } from "react";

import { site } from "@/lib/site";
import { Button, buttonVariants } from "@/components/ui/button";

/** Recovery codes, shown once: to copy, download or print, with what they are for. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  const text = `${site.name} recovery codes (each works once):\n${codes.join("\n")}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        Keep these somewhere safe, apart from your phone. Each one signs you in once if you lose the
        authenticator app. <strong>They are shown only now.</strong>
      </p>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-2 rounded-md border bg-muted p-4 font-mono text-sm"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="outline"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <a className={buttonVariants({ variant: "outline" })} href={download} download="recovery-codes.txt">
          Download as a text file
        </a>
      </div>
    </div>
  );
}
