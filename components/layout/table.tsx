import type { ReactNode } from "react";

/** A data table that scrolls sideways on narrow screens; `false` leaves a column out. */
export function Table({
  headers,
  children,
  className,
}: {
  headers: (string | false)[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="table-wrap">
      <table className={className}>
        <thead>
          <tr>
            {headers
              .filter((h) => h !== false)
              .map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
