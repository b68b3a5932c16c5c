"use client";

import { useId, useMemo, useRef, useState } from "react";

import {
  clearedSecondMessage,
  firstRoleOptions,
  optionLabel,
  PICK_MESSAGE_ID,
  pickProblem,
  secondRoleOptions,
  type PickerOption,
} from "@/lib/roles/picker";
import type { RoleRef } from "@/lib/roles/types";
import { cn } from "@/lib/utils/cn";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Link } from "@/components/ui/link";
import { Select } from "@/components/ui/select";

import type { FormEvent } from "react";

/**
 * Two role selects submitted as a GET to /compare/go, which redirects to the comparison: works
 * without JavaScript. With it, the second select marks and disables the first role and every role
 * no source covers together with it (issue 17), so only a pair with figures can be submitted.
 * Without it, /compare/go sends a refused pick back here, to the message below that says why.
 */
export function RolePicker({
  roles,
  pairs,
  defaults,
}: {
  roles: RoleRef[];
  /** Canonical slugs of the pairs one source covers (listComparisons). */
  pairs: string[];
  defaults?: { a?: string; b?: string };
}) {
  const covered = useMemo(() => new Set(pairs), [pairs]);
  const [first, setFirst] = useState(defaults?.a ?? "");
  const [second, setSecond] = useState(defaults?.b ?? "");
  const [status, setStatus] = useState("");
  const [secondInvalid, setSecondInvalid] = useState(false);
  const secondRef = useRef<HTMLSelectElement>(null);
  const hintId = useId();
  const errorId = useId();

  function chooseFirst(value: string) {
    setFirst(value);
    const cleared = clearedSecondMessage(roles, covered, value, second);
    if (cleared) {
      setSecond("");
      setStatus(cleared);
    } else {
      setStatus("");
    }
    setSecondInvalid(false);
  }

  function chooseSecond(value: string) {
    setSecond(value);
    setStatus("");
    setSecondInvalid(false);
  }

  // The options already rule out a refused pair; this only guards a state the browser restored.
  function submit(event: FormEvent<HTMLFormElement>) {
    if (!first || !second || pickProblem(first, second, covered) === null) return;
    event.preventDefault();
    setStatus(clearedSecondMessage(roles, covered, first, second) ?? "");
    setSecond("");
    setSecondInvalid(true);
    secondRef.current?.focus();
  }

  return (
    <>
      <RefusedPick id={PICK_MESSAGE_ID["same-role"]} title="Pick two different roles">
        The first role and the second role were the same, and a comparison needs two roles. Choose a different{" "}
        <strong>Second role</strong>.
      </RefusedPick>
      <RefusedPick id={PICK_MESSAGE_ID["no-shared-source"]} title="No source covers both roles you picked">
        Figures from two different analyses are not comparable (each counts its own postings, at its own
        date), so a pair needs one analysis that covers both roles. Choose another{" "}
        <strong>Second role</strong>, or open{" "}
        <Link className="link" href="/compare#all">
          a comparison that one source covers
        </Link>
        .
      </RefusedPick>
      {/* The button's column keeps 7rem before the button is read (a page that arrives in pieces can be
          painted without it): an empty auto column let the selects widen, then narrow. */}
      <form
        id="picker"
        action="/compare/go"
        method="get"
        onSubmit={submit}
        className="mt-4 grid gap-4 sm:grid-cols-[1fr_1fr_minmax(7rem,auto)] sm:items-start"
      >
        <div className="grid content-start gap-2">
          <Label htmlFor="pick-a">First role</Label>
          <Select
            id="pick-a"
            name="a"
            required
            value={first}
            onChange={(event) => chooseFirst(event.target.value)}
          >
            <RoleOptions options={firstRoleOptions(roles, covered)} />
          </Select>
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor="pick-b">Second role</Label>
          <Select
            ref={secondRef}
            id="pick-b"
            name="b"
            required
            value={second}
            onChange={(event) => chooseSecond(event.target.value)}
            aria-invalid={secondInvalid || undefined}
            aria-describedby={secondInvalid ? `${errorId} ${hintId}` : hintId}
          >
            <RoleOptions options={secondRoleOptions(roles, covered, first)} />
          </Select>
          <p id={hintId} className="text-sm text-muted-foreground">
            Only a role that one published analysis covers together with the first role can be compared.
          </p>
        </div>
        {/* Level with the selects from sm up: the labels above them take 1.5rem (text-sm + gap-2). */}
        <Button type="submit" className="sm:mt-6">
          Compare
        </Button>
        <p
          id={errorId}
          role="status"
          aria-live="polite"
          className={cn(
            "text-sm font-medium empty:hidden sm:col-span-3",
            secondInvalid ? "text-destructive" : "text-foreground",
          )}
        >
          {status}
        </p>
      </form>
    </>
  );
}

function RoleOptions({ options }: { options: PickerOption[] }) {
  return (
    <>
      <option value="" disabled>
        Choose a role
      </option>
      {options.map((option) => (
        <option key={option.slug} value={option.slug} disabled={option.disabled}>
          {optionLabel(option)}
        </option>
      ))}
    </>
  );
}

/**
 * A refusal from /compare/go, which works without JavaScript: hidden until the address names it
 * (/compare#pick-same-role), then shown above the picker and, as the target, scrolled to and read
 * first. tabIndex -1 lets the browser move focus there.
 */
function RefusedPick({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <div
      id={id}
      tabIndex={-1}
      className="mt-4 hidden rounded-lg border border-destructive/40 bg-destructive/10 p-4 text-sm outline-none target:block"
    >
      <p className="font-semibold text-destructive">{title}</p>
      <p className="mt-1">{children}</p>
    </div>
  );
}
