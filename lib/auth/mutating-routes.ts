import type { Role } from "./roles";

/**
 * Every route handler that changes data, with the least role it needs ("public"
 * only where no account can exist yet: signing in, and clearing a cookie). A unit
 * test fails when a route file exports a POST, PUT, PATCH or DELETE missing here, or
 * one not made by `mutation()`; the end-to-end suite sends each one anonymously and
 * as a viewer and proves it is refused and changes nothing. Parallax has no server
 * actions: every write is one of these.
 */
export const mutatingRoutes: readonly {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  role: Role | "public";
}[] = [
  { method: "POST", path: "/api/auth/sign-in", role: "public" },
  { method: "POST", path: "/api/auth/sign-out", role: "public" },
  { method: "POST", path: "/api/auth/sign-out-everywhere", role: "viewer" },
  { method: "POST", path: "/api/account/password", role: "viewer" },
  { method: "POST", path: "/api/tokens", role: "editor" },
  { method: "POST", path: "/api/tokens/[id]/revoke", role: "editor" },
  { method: "POST", path: "/api/outlets", role: "editor" },
  { method: "PATCH", path: "/api/outlets/[id]", role: "editor" },
  { method: "POST", path: "/api/outlets/[id]", role: "editor" },
  { method: "POST", path: "/api/outlets/[id]/merge", role: "editor" },
  { method: "POST", path: "/api/events", role: "editor" },
  { method: "PATCH", path: "/api/events/[id]", role: "editor" },
  { method: "POST", path: "/api/events/[id]/articles", role: "editor" },
  { method: "DELETE", path: "/api/events/[id]/articles/[articleId]", role: "editor" },
  { method: "POST", path: "/api/users", role: "admin" },
  { method: "PATCH", path: "/api/users/[id]", role: "admin" },
  { method: "POST", path: "/api/users/[id]", role: "admin" },
  { method: "POST", path: "/api/users/[id]/password", role: "admin" },
  { method: "POST", path: "/api/annotations", role: "editor" },
  { method: "PUT", path: "/api/annotations/[id]", role: "editor" },
  { method: "DELETE", path: "/api/annotations/[id]", role: "editor" },
  { method: "POST", path: "/api/annotations/[id]/restore", role: "editor" },
  { method: "POST", path: "/api/exchange/annotations", role: "editor" },
  { method: "POST", path: "/api/notes", role: "editor" },
  { method: "POST", path: "/api/claims", role: "editor" },
  { method: "PATCH", path: "/api/claims/[id]", role: "editor" },
  { method: "DELETE", path: "/api/claims/[id]", role: "editor" },
  { method: "POST", path: "/api/claims/[id]/restore", role: "editor" },
  { method: "POST", path: "/api/claims/[id]/relations", role: "editor" },
  { method: "DELETE", path: "/api/relations/[id]", role: "editor" },
  { method: "POST", path: "/api/entities", role: "editor" },
  { method: "PATCH", path: "/api/entities/[id]", role: "editor" },
  { method: "POST", path: "/api/entities/[id]/merge", role: "editor" },
  { method: "POST", path: "/api/aspects", role: "editor" },
  { method: "PATCH", path: "/api/aspects/[id]", role: "editor" },
  { method: "DELETE", path: "/api/aspects/[id]", role: "editor" },
  { method: "POST", path: "/api/aspects/[id]/merge", role: "editor" },
  { method: "POST", path: "/api/import", role: "editor" },
  { method: "PATCH", path: "/api/articles/[id]", role: "editor" },
  { method: "POST", path: "/api/articles/[id]/candidates", role: "editor" },
];
