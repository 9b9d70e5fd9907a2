import { PostForm } from "@/components/forms/post-form";
import { Table } from "@/components/layout/table";
import { getT } from "@/i18n/fixed";
import { formatDateTime } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";

type Token = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** A user's API tokens, by the first characters only, each revocable. */
export function TokenList({ lng, tokens, returnTo }: { lng: Lng; tokens: Token[]; returnTo: string }) {
  const t = getT(lng, "account");
  if (tokens.length === 0) return <p className="empty">{t("tokens.empty")}</p>;
  return (
    <Table
      label={t("tokens.heading")}
      headers={[
        t("tokens.table.name"),
        t("tokens.table.prefix"),
        t("tokens.table.created"),
        t("tokens.table.lastUsed"),
        t("tokens.table.status"),
      ]}
    >
      {tokens.map((token) => (
        <tr key={token.id}>
          <td dir="auto">{token.name}</td>
          <td>
            <code>{token.prefix}…</code>
          </td>
          <td>{formatDateTime(lng, token.createdAt)}</td>
          <td>{token.lastUsedAt ? formatDateTime(lng, token.lastUsedAt) : t("tokens.never")}</td>
          <td>
            {token.revokedAt ? (
              <span className="muted">{t("tokens.revoked")}</span>
            ) : (
              <PostForm action={`/api/tokens/${token.id}/revoke`} lng={lng} returnTo={returnTo} className="inline-form">
                {t("tokens.active")}{" "}
                <button type="submit" aria-label={t("tokens.revokeLabel", { name: token.name })}>
                  {t("tokens.revoke")}
                </button>
              </PostForm>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
