"use client";

import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import { ClaimForm } from "./claim-form";
import type { Dialog } from "./dialog";
import { HelpDialog } from "./help-dialog";
import { NoteForm } from "./note-form";
import { RelationForm } from "./relation-form";
import type { ArticleWrites } from "./use-article-writes";

/** The open dialog: a claim's form, a note's, a link between claims, or the keys' help. */
export function AnnotatorDialogs({
  lng,
  article,
  dialog,
  writes,
  onClose,
  onSaved,
  onClaimSaved,
}: {
  lng: Lng;
  article: ArticleDetail;
  dialog: Dialog;
  writes: ArticleWrites;
  onClose: () => void;
  /** after a save, with what to say */
  onSaved: (message: string) => void;
  /** after a claim's save, which also ends the selection */
  onClaimSaved: (message: string) => void;
}) {
  const { t } = useT("annotator");
  switch (dialog?.type) {
    case "claim":
      return (
        <ClaimForm
          lng={lng}
          article={article}
          claim={dialog.claim}
          span={dialog.span}
          onClose={onClose}
          onSave={async (payload, version) => {
            await writes.saveClaim.mutateAsync({ id: dialog.claim?.id ?? null, payload, version });
            onClaimSaved(dialog.claim ? t("toast.updated") : t("toast.created"));
          }}
        />
      );
    case "note":
      return (
        <NoteForm
          quote={article.text.slice(dialog.span.start, dialog.span.end) || (dialog.item?.quote ?? "")}
          lang={article.lang}
          note={dialog.item?.type === "note" ? dialog.item.note : null}
          verdictFirst={dialog.verdict ?? false}
          onClose={onClose}
          onSave={async (parts) => {
            await writes.saveNote.mutateAsync({ parts, target: dialog });
            onSaved(t("toast.noted"));
          }}
        />
      );
    case "relation":
      return (
        <RelationForm
          lng={lng}
          lang={article.lang}
          claim={dialog.claim}
          onClose={onClose}
          onSave={async ({ kind, to }) => {
            await writes.link.mutateAsync({ from: dialog.claim.id, kind, to });
            onSaved(t("toast.linked"));
          }}
        />
      );
    case "help":
      return <HelpDialog onClose={onClose} />;
    default:
      return null;
  }
}
