// What training screens pass each other through router state: the list's filters (so "back" keeps them)
// and what just happened (saved, or deleted with an undo offered on the list).
export interface TrainingNavState {
  saved?: boolean;
  deletedId?: string;
  /** The list's query string ("?v=…&q=…") when the form was opened from it. */
  listSearch?: string;
}

export function navState(state: unknown): TrainingNavState {
  return state && typeof state === 'object' ? (state as TrainingNavState) : {};
}

export function listPath(state: unknown): string {
  const search = navState(state).listSearch;
  return `/training${typeof search === 'string' && search.startsWith('?') ? search : ''}`;
}
