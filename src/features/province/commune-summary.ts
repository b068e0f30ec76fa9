// A commune as the province screens list it: id, name, kind, its villages and their number, derived
// from the current administrative-units catalog (the server's source of truth for communes).
import type { AdminUnits } from '@/domain/catalog';

export interface CommuneSummary {
  id: string;
  name: string;
  kind: 'xa' | 'phuong';
  villages: Array<{ id: string; name: string }>;
  villageCount: number;
}

export function communesOf(units: AdminUnits): CommuneSummary[] {
  const villages = new Map<string, CommuneSummary['villages']>();
  for (const v of units.villages) {
    const list = villages.get(v.communeId) ?? [];
    list.push({ id: v.id, name: v.name });
    villages.set(v.communeId, list);
  }
  return units.communes.map((c) => {
    const own = villages.get(c.id) ?? [];
    return { id: c.id, name: c.name, kind: c.kind, villages: own, villageCount: own.length };
  });
}
