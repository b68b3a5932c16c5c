import { Link } from "@/components/ui/link";

export function ComparisonLinks({ items }: { items: { slug: string; label: string }[] }) {
  return (
    <ul className="mt-6 grid gap-2 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug}>
          <Link className="link" href={`/compare/${item.slug}`}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
