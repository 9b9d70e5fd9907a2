import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string };

/** A labelled input, with an optional hint the input points screen readers to. */
export function Field({ label, hint, ...input }: Props) {
  const hintId = hint ? `${input.name}-hint` : undefined;
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
