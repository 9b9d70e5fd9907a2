"use client";

import { useT } from "@/i18n/client";

export default function Loading() {
  const { t } = useT("common");
  return (
    <p className="loading" role="status">
      {t("loading")}
    </p>
  );
}
