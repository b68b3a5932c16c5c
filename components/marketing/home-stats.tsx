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
          // Hairlines between cells: a 2×2 grid below 640px, one row above.
          className={cn(
            "flex flex-col-reverse gap-1 p-4 sm:p-5",
            index % 2 === 1 && "border-l",
            index >= 2 && "border-t sm:border-t-0",
            index === 2 && "sm:border-l",
          )}
        >
          <dt className="text-sm text-muted-foreground">{item.label}</dt>
          <dd className="text-3xl font-semibold tracking-tight text-foreground tabular-nums">
            {numberFormat.format(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
