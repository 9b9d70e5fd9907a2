import type { ComponentProps } from "react";
import { ApiForm } from "./api-form";

/** A folded panel holding one JSON form: the editing panels of the event, article and entity pages. */
export function EditPanel({ summary, children, ...form }: { summary: string } & ComponentProps<typeof ApiForm>) {
  return (
    <details className="manage">
      <summary>{summary}</summary>
      <ApiForm {...form}>{children}</ApiForm>
    </details>
  );
}
