import { cn } from "@/lib/utils/cn";

type HomeStatsProps = {
  roles: number;
  skills: number;
  questions: number;
  snapshots: number;
};

const numberFormat = new Intl.NumberFormat("en-US");

/** What the database holds, as a row of counts; the figures come from the caller. */
export function HomeStats({ roles, skills, questions, snapshots }: HomeStatsProps) {
  const items = [
    { label: "Roles covered", value: roles },
    { label: "Skills tracked", value: skills },
    { label: "Practice questions", value: questions },
    { label: "Market snapshots", value: snapshots },
  ];

  return (
    <dl
      data-slot="home-stats"
      className="grid grid-cols-2 overflow-hidden rounded-xl border bg-card shadow-xs sm:grid-cols-4"
    >
      {items.map((item, index) => (
        <div
          key={item.label}
          // The figure above its label, with its row (text-3xl's line height) held from the start: a
          // page that arrives in pieces can be painted with the label read and the figure not yet,
          // which, put above by column-reverse, then pushed the label down (a layout shift).
          // Hairlines between cells: a 2×2 grid below 640px, one row above.
          className={cn(
            "grid grid-rows-[2.25rem_auto] gap-1 p-4 sm:p-5",
            index % 2 === 1 && "border-l",
            index >= 2 && "border-t sm:border-t-0",
            index === 2 && "sm:border-l",
          )}
        >
          <dt className="row-start-2 text-sm text-muted-foreground">{item.label}</dt>
          <dd className="row-start-1 text-3xl font-semibold tracking-tight text-foreground tabular-nums">
            {numberFormat.format(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
