/** A two-column table of a model constant by case, as /methodology prints them. */
export function ConstantTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: [string, string];
  rows: [string, string][];
}) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-2 text-left font-medium">{caption}</caption>
        <thead className="bg-muted/50">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {head[0]}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {head[1]}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className="px-3 py-2 font-normal">
                {label}
              </th>
              <td className="px-3 py-2 tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
