// Picker options from data: the kinds of help from the helpKinds catalog (in the user's language) and
// a village's helpers (active ones, plus the one an edited activity already names).
import { localName, type HelpKinds } from '@/domain/catalog';
import type { StoredRecord } from '@/storage/database';
import type { ChoiceOption } from './choice-tiles';

export function kindOptions(catalog: { data: HelpKinds } | null | undefined, lang: string): ChoiceOption[] {
  return (catalog?.data.kinds ?? []).map((k) => ({ value: k.code, label: localName(k.name, lang) }));
}

export function helperOptions(helpers: StoredRecord[], keepId?: string): ChoiceOption[] {
  return helpers
    .filter((h) => h.active !== false || h.id === keepId)
    .map((h) => ({ value: h.id, label: String(h.name ?? '') }));
}
