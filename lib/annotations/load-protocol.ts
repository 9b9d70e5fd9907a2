import "server-only";
import { NextResponse } from "next/server";
import { containerIri } from "@/lib/annotations/serialize";
import { ANNO_CONTEXT, ANNO_MEDIA_TYPE, LDP_CONTEXT } from "@/lib/annotations/w3c";
import type { PrismaClient } from "@/lib/db/client";
import { listAnnotations, pageRef, pageToken, type PageRef } from "./load";

/** Response headers of the W3C Web Annotation Protocol, for the container and for one annotation. */
export const protocolHeaders = {
  container: {
    "Content-Type": ANNO_MEDIA_TYPE,
    Link: '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
    Allow: "GET, HEAD, OPTIONS, POST",
    "Accept-Post": `${ANNO_MEDIA_TYPE}, application/json`,
    Vary: "Accept, Prefer, Authorization, Cookie",
  },
  annotation: {
    "Content-Type": ANNO_MEDIA_TYPE,
    Link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
    Allow: "GET, HEAD, OPTIONS, PUT, DELETE",
    Vary: "Accept, Authorization, Cookie",
  },
  claim: {
    "Content-Type": ANNO_MEDIA_TYPE,
    Link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
    Allow: "GET, HEAD, OPTIONS",
    Vary: "Accept, Authorization, Cookie",
  },
} as const;

export const ldJson = (body: unknown, status: number, headers: Record<string, string>) =>
  new NextResponse(body === null ? null : JSON.stringify(body), { status, headers });

/** HEAD: the headers GET would send, without the body. */
export const headOf = (response: NextResponse) =>
  new NextResponse(null, { status: response.status, headers: response.headers });

type Prefer = "minimal" | "iris" | "descriptions";
/** The container representation a Prefer header asks for (PreferContainedDescriptions by default). */
export function preferOf(header: string | null): Prefer {
  const include = /include="([^"]*)"/.exec(header ?? "")?.[1] ?? "";
  if (include.includes("PreferMinimalContainer")) return "minimal";
  if (include.includes("PreferContainedIRIs")) return "iris";
  return "descriptions";
}

/**
 * The container (with its first page unless minimal), or one AnnotationPage. Pages are named by
 * a cursor (`page=0` the first, `page=last` the last, otherwise opaque) and linked by next and
 * prev; an unknown page is null (404).
 */
export async function containerResponse(db: PrismaClient, base: string, query: URLSearchParams, prefer: Prefer) {
  const articleId = query.get("article") ?? undefined;
  const pageParam = query.get("page");
  const ref = pageParam === null ? ({ at: "first" } as const) : pageRef(pageParam);
  if (!ref) return null;
  const filter = articleId ? `article=${encodeURIComponent(articleId)}&` : "";
  const pageIri = (page: PageRef) =>
    `${containerIri(base)}?${filter}page=${pageToken(page)}${prefer === "iris" ? "&iris=1" : ""}`;
  const list = await listAnnotations(db, base, ref, { articleId });
  const iris = prefer === "iris" || query.get("iris") === "1";
  const annotationPage = {
    id: pageIri(ref),
    type: "AnnotationPage",
    partOf: { id: `${containerIri(base)}${filter ? `?${filter.slice(0, -1)}` : ""}`, total: list.total },
    startIndex: list.startIndex,
    items: iris ? list.items.map((a) => a.id) : list.items,
    ...(list.next && { next: pageIri(list.next) }),
    ...(list.prev && { prev: pageIri(list.prev) }),
  };
  if (pageParam !== null) {
    return {
      body: { "@context": ANNO_CONTEXT, ...annotationPage },
      etag: list.etag,
      headers: { ...protocolHeaders.annotation, Allow: "GET, HEAD, OPTIONS" },
    };
  }
  const container = {
    "@context": [ANNO_CONTEXT, LDP_CONTEXT],
    id: `${containerIri(base)}${filter ? `?${filter.slice(0, -1)}` : ""}`,
    type: ["BasicContainer", "AnnotationCollection"],
    label: "Parallax annotations and claims",
    total: list.total,
    ...(prefer === "minimal" ? { first: pageIri({ at: "first" }) } : { first: annotationPage }),
    last: pageIri({ at: "last" }),
  };
  return { body: container, etag: list.etag, headers: protocolHeaders.container };
}
