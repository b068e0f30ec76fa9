// "Who is using the phone": the commune's active team members as big buttons, members of the chosen
// village first. Choosing a member with a home village also chooses that village when none is chosen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesQuery } from '@/domain/fold';
import type { StoredRecord } from '@/storage/database';
import { chooseMember, chooseVillage } from '@/storage/session-store';
import { useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';

const SEARCH_FROM = 8;

interface MemberRow {
  id: string;
  name: string;
  role: string;
  villageId: string | null;
}

function toMember(r: StoredRecord): MemberRow | null {
  if (r.deleted || r.active !== true || typeof r.name !== 'string') return null;
  return { id: r.id, name: r.name, role: String(r.role), villageId: r.villageId ?? null };
}

export function MemberPicker({ onPicked }: { onPicked?: () => void }) {
  const { t } = useTranslation('home');
  const { db, mode, communeId, memberId, villageId } = useSession();
  const [query, setQuery] = useState('');
  const members = useLiveQuery(
    async () =>
      (await db.teamMembers.toArray())
        .filter((r) => r.communeId === communeId)
        .map(toMember)
        .filter((m): m is MemberRow => m !== null),
    [db, communeId],
  );
  if (!members) return null;
  if (members.length === 0) return <p className="card">{t('pickMember.none')}</p>;

  const shown = members
    .filter((m) => !query || matchesQuery(m.name, query))
    .sort(
      (a, b) =>
        Number(b.villageId === villageId) - Number(a.villageId === villageId) ||
        a.name.localeCompare(b.name, 'vi'),
    );

  async function pick(m: MemberRow) {
    await chooseMember(m.id);
    if (!villageId && m.villageId) await chooseVillage(m.villageId);
    // First real use: ask the browser to keep this phone's data even when storage runs low.
    if (mode === 'real') void navigator.storage?.persist?.().catch(() => false);
    onPicked?.();
  }

  return (
    <div className="picker">
      {members.length >= SEARCH_FROM && (
        <Field label={t('pickMember.search')}>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        </Field>
      )}
      <ul className="list picker__list">
        {shown.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="button button--big picker__option"
              aria-pressed={m.id === memberId}
              onClick={() => void pick(m)}
            >
              <span>{m.name}</span>
              <span className="picker__meta">{t(`roles.${m.role}`, { defaultValue: '' })}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>{t('pickMember.noMatch', { q: query })}</p>}
    </div>
  );
}
