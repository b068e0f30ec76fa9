// A member of a commune's community digital technology team (tổ công nghệ số cộng đồng). Created by the
// province administrator; phones receive their commune's members when they sync.
import { z } from 'zod';
import { idSchema, requiredText } from './record-base';

export const TEAM_ROLES = ['leader', 'member', 'official'] as const;

export const teamMemberFields = z.object({
  villageId: idSchema.nullable(),
  name: requiredText(120),
  role: z.enum(TEAM_ROLES),
  active: z.boolean(),
});
export type TeamMemberFields = z.infer<typeof teamMemberFields>;
