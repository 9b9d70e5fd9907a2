"use client";

import dynamic from "next/dynamic";
import { useT } from "@/i18n/client";
import type { Lng } from "@/i18n/settings";
import type { ArticleDetail } from "@/lib/articles/store";
import type { Dialog } from "./dialog";
import type { ArticleWrites } from "./use-article-writes";

/** What shows for the moment a dialog's code takes to arrive. */
function Loading() {
  const { t } = useT("common");
  return (
    <p className="toast" role="status">
      {t("loading")}
    </p>
  );
}

// The dialogs are what only an editor opens (and a reader the keys' help): each is loaded when it
// is first opened (or before, preloadDialogs), not with the article's page.
const load = {
  claim: () => import("./claim-form"),
  note: () => import("./note-form"),
  relation: () => import("./relation-form"),
  help: () => import("./help-dialog"),
};
const ClaimForm = dynamic(() => load.claim().then((m) => m.ClaimForm), { loading: Loading });
const NoteForm = dynamic(() => load.note().then((m) => m.NoteForm), { loading: Loading });
const RelationForm = dynamic(() => load.relation().then((m) => m.RelationForm), { loading: Loading });
const HelpDialog = dynamic(() => load.help().then((m) => m.HelpDialog), { loading: Loading });

/** Fetches an editor's dialogs while the page is idle, so that the first one opens at once. */
export function preloadDialogs() {
  for (const fetch of Object.values(load)) void fetch();
}

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
