/** The W3C Web Annotation vocabulary and its media type (no validation here: safe to ship to the browser). */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";
export const ANNO_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;
