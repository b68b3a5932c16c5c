import { Badge } from "@/components/ui/badge";

/** Marks a figure that is our arithmetic on the source's figures, not a figure the source printed. */
export function ComputedBadge() {
  return (
    <Badge variant="outline" title="Computed by us from the source's figures">
      computed
    </Badge>
  );
}
