import type { MockSummary } from "@/lib/mock/queries";
import { formatDate, formatPercentRounded } from "@/lib/format";
import { Link } from "@/components/ui/link";

/** Past mocks, newest first, with a small chart of the scored ones over time (oldest on the left). */
export function ScoreHistory({ mocks }: { mocks: MockSummary[] }) {
  if (mocks.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No mock interviews yet.{" "}
        <Link className="link" href="/mock">
          Run one
        </Link>{" "}
        to rehearse a whole loop against the clock.
      </p>
    );
  }
  const scored = mocks.filter((mock) => mock.score !== null).reverse();
  const width = 320;
  const height = 80;
  const step = scored.length > 1 ? width / (scored.length - 1) : 0;
  const points = scored.map(
    (mock, index) => `${Math.round(index * step)},${Math.round(height - (mock.score ?? 0) * height)}`,
  );
  return (
    <div className="grid gap-4">
      {scored.length > 1 ? (
        <svg
          viewBox={`-4 -4 ${width + 8} ${height + 8}`}
          className="h-24 w-full max-w-md text-primary"
          role="img"
          aria-label={`Mock scores over time: ${scored.map((mock) => formatPercentRounded(mock.score ?? 0)).join(", ")}`}
        >
          <line x1="0" y1={height} x2={width} y2={height} className="stroke-border" strokeWidth="1" />
          <polyline points={points.join(" ")} fill="none" stroke="currentColor" strokeWidth="2" />
          {points.map((point) => {
            const [x, y] = point.split(",");
            return <circle key={point} cx={x} cy={y} r="3" fill="currentColor" />;
          })}
        </svg>
      ) : null}
      <ul className="grid gap-2 text-sm">
        {mocks.slice(0, 10).map((mock) => (
          <li key={mock.id} className="flex flex-wrap justify-between gap-2">
            <Link className="link" href={`/mock/${mock.id}`}>
              {mock.formatName}, {mock.lengthMinutes} min
            </Link>
            <span className="text-muted-foreground">
              {formatDate(mock.createdAt)} ·{" "}
              {mock.status === "done"
                ? formatPercentRounded(mock.score ?? 0)
                : mock.status === "scoring"
                  ? "to score"
                  : "in progress"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
