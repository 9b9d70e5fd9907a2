import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Field } from "@/components/forms/field";
import { FormStatus, type SearchParams } from "@/components/forms/form-status";
import { PostForm } from "@/components/forms/post-form";
import { languageLabel } from "@/i18n/format";
import { getT, lngOrNotFound } from "@/i18n/server";
import { languages } from "@/i18n/settings";
import { getOutlet } from "@/lib/outlets/store";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "outlets")("editTitle") };
}

export default async function EditOutletPage({ params, searchParams }: Props) {
  const { lng: raw, id } = await params;
  const { lng } = await userPage(raw, "editor");
  const outlet = await getOutlet(db, id);
  if (!outlet) notFound();
  const t = getT(lng, "outlets");
  // The outlet's language may be one the interface does not speak: keep it selectable.
  const langOptions = [...new Set([...languages, ...(outlet.lang ? [outlet.lang] : [])])];
  return (
    <section className="narrow">
      <h1>{t("editTitle")}</h1>
      <FormStatus lng={lng} searchParams={await searchParams} />
      <PostForm
        action={`/api/outlets/${outlet.id}`}
        lng={lng}
        returnTo={`/${lng}/outlets/${outlet.id}/edit`}
        className="stack"
        remember="outlet"
      >
        <Field label={t("fields.name")} name="name" required maxLength={200} defaultValue={outlet.name} />
        <Field label={t("fields.url")} name="url" type="url" maxLength={2000} defaultValue={outlet.url ?? ""} />
        <div className="field">
          <label htmlFor="outlet-lang">{t("fields.lang")}</label>
          <select id="outlet-lang" name="lang" defaultValue={outlet.lang ?? ""}>
            <option value="">{t("noLang")}</option>
            {langOptions.map((tag) => (
              <option key={tag} value={tag}>
                {languageLabel(lng, tag)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t("fields.country")}
          name="country"
          maxLength={2}
          pattern="[A-Za-z]{2}"
          defaultValue={outlet.country ?? ""}
        />
        <label>
          {t("fields.ownership")}
          <textarea name="ownership" maxLength={500} rows={2} defaultValue={outlet.ownership ?? ""} />
        </label>
        <label>
          {t("fields.notes")}
          <textarea name="notes" maxLength={2000} rows={4} defaultValue={outlet.notes ?? ""} />
        </label>
        <p className="actions">
          <button type="submit">{t("save")}</button> <Link href={`/${lng}/outlets/${outlet.id}`}>{t("cancel")}</Link>
        </p>
      </PostForm>
    </section>
  );
}
