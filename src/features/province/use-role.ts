// The signed-in account's role and commune, for screens that only HIDE what the server already refuses.
import { useAdminSession } from './admin-session';

export function useRole() {
  const session = useAdminSession();
  const role = session?.role ?? 'admin';
  return {
    role,
    communeId: session?.communeId ?? null,
    isAdmin: role === 'admin',
    /** May change team members, codes and devices (a viewer changes nothing). */
    canManage: role === 'admin' || role === 'commune',
  };
}
