import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { signInPath } from "@/i18n/paths";
import { getT, lngOrNotFound } from "@/i18n/server";
import { currentUser } from "@/lib/server/caller";
import { localPath } from "@/lib/server/request";
import { readingIsPublic } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "account")("signIn.title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lng = lngOrNotFound((await params).lng);
  const query = await searchParams;
  const t = getT(lng, "account");
  const next = localPath(typeof query.next === "string" ? query.next : null);
  const user = await currentUser();
  return (
    <section className="narrow">
      <h1>{t("signIn.title")}</h1>
      <FormStatus lng={lng} searchParams={query} />
      {user ? (
        <p>
          {t("signIn.already", { email: user.email })}{" "}
          <Link href={next ?? `/${lng}`}>{getT(lng, "common")("nav.events")}</Link>
        </p>
      ) : (
        <>
          <p className="lead">{readingIsPublic() ? t("signIn.intro") : t("signIn.introPrivate")}</p>
          <PostForm
            action="/api/auth/sign-in"
            lng={lng}
            returnTo={signInPath(lng, next)}
            className="stack"
            remember="sign-in"
          >
            {next && <input type="hidden" name="next" value={next} />}
            <Field
              label={t("signIn.email")}
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="username"
              autoFocus
            />
            <Field
              label={t("signIn.password")}
              name="password"
              type="password"
              required
              maxLength={1024}
              autoComplete="current-password"
            />
            <button type="submit">{t("signIn.submit")}</button>
          </PostForm>
          <p className="muted">{t("signIn.noAccount")}</p>
        </>
      )}
    </section>
  );
}
