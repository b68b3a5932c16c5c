"use client";

import { Button, type ButtonProps } from "@/components/ui/button";

type SubmitButtonProps = Omit<ButtonProps, "type"> & { pending: boolean; pendingLabel: string };

/** A submit button that says what it is doing and cannot be pressed twice while a submit runs. */
export function SubmitButton({ pending, pendingLabel, children, ...props }: SubmitButtonProps) {
  return (
    <Button type="submit" aria-disabled={pending || undefined} disabled={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
