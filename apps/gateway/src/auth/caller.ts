export const roles = ['reader', 'operator'] as const;
export type Role = (typeof roles)[number];

/** Who is calling, from a verified token: its subject and role. */
export interface Caller {
  id: string;
  role: Role;
}
