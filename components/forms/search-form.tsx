/**
 * A search that reloads the page with `?{name}=…` (a plain GET form, so it works
 * without JavaScript and the query stays in the URL), landing at `#{target}`.
 */
export function SearchForm({
  name,
  label,
  button,
  value,
  target,
}: {
  name: string;
  label: string;
  button: string;
  value: string;
  target?: string;
}) {
  return (
    <form
      method="get"
      action={target ? `#${target}` : undefined}
      className="inline-fields"
      role="search"
      aria-label={button}
    >
      <label>
        {label}
        <input type="search" name={name} defaultValue={value} maxLength={100} />
      </label>
      <button type="submit">{button}</button>
    </form>
  );
}
