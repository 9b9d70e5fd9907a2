import { PostForm } from "@/components/forms/post-form";
import { Table } from "@/components/layout/table";
import { getT } from "@/i18n/fixed";
import { formatDateTime } from "@/i18n/format";
import type { Lng } from "@/i18n/settings";
import { secretHash } from "@/lib/auth/secrets";

type Session = { id: string; tokenHash: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/** The browsers a user is signed in on, this one marked, with "sign out everywhere". */
export function SessionList({ lng, sessions, currentToken }: { lng: Lng; sessions: Session[]; currentToken?: string }) {
  const t = getT(lng, "account");
  const currentHash = currentToken ? secretHash(currentToken) : null;
  return (
    <>
      <p className="count">{t("sessions.count", { count: sessions.length })}</p>
      {sessions.length > 0 && (
        <Table
          label={t("sessions.heading")}
          headers={[t("sessions.browser"), t("sessions.started"), t("sessions.lastSeen")]}
        >
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                {s.userAgent ?? t("sessions.unknownAgent")}
                {s.tokenHash === currentHash && <span className="badge"> {t("sessions.current")}</span>}
              </td>
              <td>{formatDateTime(lng, s.createdAt)}</td>
              <td>{formatDateTime(lng, s.lastSeenAt)}</td>
            </tr>
          ))}
        </Table>
      )}
      <PostForm action="/api/auth/sign-out-everywhere" lng={lng} returnTo={`/${lng}/account`}>
        <button type="submit">{t("sessions.signOutEverywhere")}</button>
      </PostForm>
    </>
  );
}
