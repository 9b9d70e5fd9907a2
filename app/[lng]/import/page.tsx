import type { Metadata } from "next";
import { AnnotationImport } from "@/components/import/annotation-import";
import { Importer } from "@/components/import/importer";
import { Messages } from "@/i18n/messages";
import { getT, lngOrNotFound } from "@/i18n/server";
import { eventChoice } from "@/lib/events/load";
import { db } from "@/lib/server/db";
import { userPage } from "@/lib/server/request";
import { MAX_ANNOTATION_FILE_BYTES, MAX_FILE_BYTES } from "@/lib/uploads";

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<{ event?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(lngOrNotFound((await params).lng), "import")("title") };
}

export default async function ImportPage({ params, searchParams }: Props) {
  const { lng } = await userPage((await params).lng, "editor");
  const t = getT(lng, "import");
  const { event } = await searchParams;
  // "Import articles into it" on an event's page: that event chosen, if it is one; the picker reads the others
  const chosen = typeof event === "string" ? await eventChoice(db, event, lng) : null;
  return (
    <Messages lng={lng} namespaces={["import"]}>
      <section>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <Importer lng={lng} event={chosen} maxMegabytes={MAX_FILE_BYTES / 1024 / 1024} />
        <AnnotationImport lng={lng} maxMegabytes={MAX_ANNOTATION_FILE_BYTES / 1024 / 1024} />
      </section>
    </Messages>
  );
}
