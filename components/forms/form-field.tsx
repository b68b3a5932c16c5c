import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

import type { ComponentProps, ReactNode } from "react";

type FormFieldProps = Omit<ComponentProps<"input">, "id" | "name"> & {
  /** The form field's name; the input's id is derived from it (and `idPrefix`, when one page has two forms). */
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  idPrefix?: string;
};

/** A labelled input with its hint and error wired to it (aria-describedby, aria-invalid). */
export function FormField({ name, label, hint, error, idPrefix = "field", ...inputProps }: FormFieldProps) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <Input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-destructive">
      {message}
    </p>
  );
}
