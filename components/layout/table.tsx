import type { ReactNode } from "react";

/**
 * A data table that scrolls sideways on narrow screens; `false` leaves a column out.
 * The scrolling box is a labelled group that takes focus, so that a keyboard can
 * scroll it too (a group, not a region: the section around it is the landmark); the
 * label is the table's caption as well.
 */
export function Table({
  label,
  headers,
  children,
  className,
}: {
  label: string;
  headers: (string | false)[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      <table className={className}>
        <caption className="visually-hidden">{label}</caption>
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
