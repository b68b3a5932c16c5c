import { formatMonth } from "@/lib/format";
import { POPULATION_LABEL } from "@/lib/roles/populations";
import type { SnapshotSummary } from "@/lib/roles/types";

/** Who published the figures, what the data covers and when: shown next to every set of figures. */
export function SourceNote({
  snapshot,
  showCaveats = true,
}: {
  snapshot: SnapshotSummary;
  showCaveats?: boolean;
}) {
  return (
    <div className="rounded-lg border bg-muted/40 p-4 text-sm">
      <p>
        <span className="font-medium">Source:</span>
        {` ${snapshot.publisher}, `}
        <a className="link" href={snapshot.url} rel="noopener noreferrer">
          {snapshot.title}
        </a>
        {` (${POPULATION_LABEL[snapshot.population]}, ${formatMonth(snapshot.dataMonth)}).`}
      </p>
      {showCaveats && snapshot.caveats.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted-foreground">
          {snapshot.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
