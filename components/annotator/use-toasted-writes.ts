"use client";

import { useState } from "react";
import { useT } from "@/i18n/client";
import { focusAfterRemoval } from "@/lib/client/focus";
import type { Item } from "./items";
import type { Toast } from "./toast";
import type { ArticleWrites } from "./use-article-writes";

/**
 * The panel's writes that say their outcome in the toast: deleting (with Undo, the keyboard
 * moving to the next entry), undoing the last delete, and unlinking two claims.
 */
export function useToastedWrites(writes: ArticleWrites, itemElement: (key: string) => HTMLLIElement | undefined) {
  const { t } = useT("annotator");
  const [toast, setToast] = useState<Toast>(null);
  const say = (message: string) => setToast({ message });
  const failed = (error: unknown) =>
    setToast({
      message: t("toast.failed", { message: error instanceof Error ? error.message : String(error) }),
      error: true,
    });

  function remove(item: Item) {
    focusAfterRemoval(itemElement(item.key), document.getElementById("claims-heading"));
    writes.remove.mutate(item, {
      onError: failed,
      onSuccess: () => setToast({ message: t("toast.deleted"), undo: () => void undo() }),
    });
  }
  async function undo() {
    try {
      if (await writes.undo()) say(t("toast.restored"));
    } catch (error) {
      failed(error);
    }
  }
  const unlink = (relationId: string) =>
    writes.unlink.mutate(relationId, { onError: failed, onSuccess: () => say(t("toast.unlinked")) });
  return { toast, say, remove, undo, unlink };
}

export type ToastedWrites = ReturnType<typeof useToastedWrites>;
