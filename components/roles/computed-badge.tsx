import { Badge } from "@/components/ui/badge";

/** Marks a figure that is our arithmetic on the source's figures, not a figure the source printed. */
export function ComputedBadge() {
  return (
    <Badge variant="outline" title="Our arithmetic on the source's figures, not a figure the source printed">
      computed by us
    </Badge>
  );
}
