import { notFound } from "next/navigation";

// Any path under a language that no page claims: the app's own not-found screen, in that language.
export default function Missing() {
  notFound();
}
