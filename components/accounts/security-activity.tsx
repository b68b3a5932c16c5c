import type { SecurityEventView } from "@/lib/accounts/security-events";
import { formatDateTime } from "@/lib/format";

/** The account's recent security events, newest first. */
export function SecurityActivity({ events }: { events: SecurityEventView[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>;
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Security activity, scrolls sideways"
    >
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">
          Recent sign-ins and security changes, newest first (times in UTC)
        </caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              When (UTC)
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              What
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Device
            </th>
            <th scope="col" className="py-2 font-medium">
              Address
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-t">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(event.createdAt)}</td>
              <td className="py-2 pr-4">
                {event.label}
                {event.detail ? <span className="text-muted-foreground"> ({event.detail})</span> : null}
              </td>
              <td className="py-2 pr-4">{event.userAgent ?? "—"}</td>
              <td className="py-2 font-mono text-xs">{event.address ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
