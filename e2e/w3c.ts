import { expect } from "./test";

// What the W3C Web Annotation specs require of what the server sends, for the protocol specs.

export const MEDIA = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const ANNO = "http://www.w3.org/ns/anno.jsonld";
export const resourceLink = '<http://www.w3.org/ns/ldp#Resource>; rel="type"';

/** The W3C Web Annotation Data Model's MUSTs for what the server emits. */
export function expectW3C(a: Record<string, unknown>) {
  const context = a["@context"];
  expect(context === ANNO || (Array.isArray(context) && context.includes(ANNO))).toBe(true);
  expect(typeof a.id).toBe("string");
  expect(a.type).toBe("Annotation");
  expect(a.target).toBeDefined();
  expect(a.body !== undefined && a.bodyValue !== undefined).toBe(false);
  for (const key of ["created", "modified"]) expect(a[key]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
}
