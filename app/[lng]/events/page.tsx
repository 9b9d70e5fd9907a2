import { redirect } from "next/navigation";
import { lngOrNotFound } from "@/i18n/server";

// The events list is the home page of each language.
export default async function EventsIndex({ params }: { params: Promise<{ lng: string }> }) {
  redirect(`/${lngOrNotFound((await params).lng)}`);
}
