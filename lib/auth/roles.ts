export const roles = ["viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether a user with `role` may do what needs `required` (admin ⊃ editor ⊃ viewer). */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
