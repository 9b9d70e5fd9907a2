import type { SelectHTMLAttributes } from "react";

/**
 * A labelled choice among named items (outlets, events, aspects): `placeholder` is a
 * first option that cannot be chosen (the field must be set), `none` one that can
 * (the field may stay empty); `select` adds to the list's own attributes (a picker that
 * reads its options on demand listens to it).
 */
export function Choice({
  label,
  name,
  options,
  defaultValue = "",
  placeholder,
  none,
  select,
}: {
  label: string;
  name: string;
  options: { id: string; name: string }[];
  defaultValue?: string;
  placeholder?: string;
  none?: string;
  select?: Pick<SelectHTMLAttributes<HTMLSelectElement>, "onFocus" | "onPointerDown" | "aria-busy">;
}) {
  return (
    <label>
      {label}
      <select name={name} required={placeholder !== undefined} defaultValue={defaultValue} {...select}>
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option dir="auto" key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
