import { rich } from "@/i18n/rich";

/** ", via BBC → NewsMaker": who relayed a claim's words, nearest the speaker first; nothing when none did. */
export function Via({
  chain,
  label,
}: {
  chain: readonly { text: string; entity: { name: string } | null }[];
  label: (key: "via", values: Record<string, unknown>) => string;
}) {
  if (chain.length === 0) return null;
  return (
    <>
      {", "}
      {rich((values) => label("via", values), {
        chain: <bdi>{chain.map((r) => r.entity?.name ?? r.text).join(" → ")}</bdi>,
      })}
    </>
  );
}
