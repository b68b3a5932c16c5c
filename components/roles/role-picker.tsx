import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

import type { RoleRef } from "@/lib/roles/types";

/** Two role selects submitted as a GET to /compare/go, which redirects to the comparison: works without JS. */
export function RolePicker({ roles, defaults }: { roles: RoleRef[]; defaults?: { a?: string; b?: string } }) {
  return (
    <form
      id="picker"
      action="/compare/go"
      method="get"
      className="mt-4 grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      {(["a", "b"] as const).map((name, index) => (
        <div key={name} className="grid gap-2">
          <Label htmlFor={`pick-${name}`}>{index === 0 ? "First role" : "Second role"}</Label>
          <Select id={`pick-${name}`} name={name} required defaultValue={defaults?.[name] ?? ""}>
            <option value="" disabled>
              Choose a role
            </option>
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.name}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <Button type="submit">Compare</Button>
    </form>
  );
}
