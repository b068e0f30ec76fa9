// A commune as the admin API lists it (id, name, kind and its villages), normalised so screens always get
// the village list and its count whether the server sends the villages or only their number.
import { z } from 'zod';

const villageSchema = z.object({ id: z.string(), name: z.string() });

export const communeSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string().optional(),
    villages: z.union([z.array(villageSchema), z.number()]).optional(),
    villageCount: z.number().optional(),
  })
  .transform((c) => {
    const villages = Array.isArray(c.villages) ? c.villages : [];
    const count = c.villageCount ?? (typeof c.villages === 'number' ? c.villages : villages.length);
    return { id: c.id, name: c.name, kind: c.kind ?? '', villages, villageCount: count };
  });
export type CommuneSummary = z.output<typeof communeSummarySchema>;
