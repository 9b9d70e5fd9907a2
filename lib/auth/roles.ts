import type { Role } from "@/lib/domain/vocabulary";

export { roles, type Role } from "@/lib/domain/vocabulary";

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether a user with `role` may do what needs `required` (admin ⊃ editor ⊃ viewer). */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

/** Whether a signed-in user (or nobody) may do what needs `role`. */
export function can(user: { role: Role } | null, role: Role): boolean {
  return !!user && hasRole(user.role, role);
}
