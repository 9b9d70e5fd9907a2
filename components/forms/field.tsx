import { useId, type InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string };

/** A labelled input, with an optional hint the input points screen readers to. */
export function Field({ label, hint, ...input }: Props) {
  // unique per field: the same form may stand once per row of a table
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <>
      <label>
        {label}
        <input {...input} aria-describedby={hintId} />
      </label>
      {hint && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
    </>
  );
}
