import { StatusPage } from "@/components/layout/status-page";

// Shown with status 403 when a signed-in user's role is too low for a page.
export default function Forbidden() {
  return <StatusPage kind="forbidden" />;
}
