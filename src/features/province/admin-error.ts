// Failures of the province admin API, turned into one plain Vietnamese sentence (through i18n keys of the
// `province` namespace) plus, for CSV imports, the server's line-numbered problems.
import type { TFunction } from 'i18next';
import { z } from 'zod';

export type AdminFailure =
  | 'offline'
  | 'network'
  | 'badCredentials'
  | 'sessionExpired'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooLarge'
  | 'rateLimited'
  | 'invalid'
  | 'server'
  | 'badResponse'
  | 'versionExists'
  | 'unknownUnit'
  | 'duplicateName';

export interface LineProblem {
  line: number | null;
  message: string;
}

export class AdminApiError extends Error {
  constructor(
    readonly failure: AdminFailure,
    readonly status: number,
    readonly reason = '',
    readonly detail = '',
    readonly lines: LineProblem[] = [],
    /** The server's stable machine code (`error`), e.g. `version_exists`. */
    readonly code = '',
  ) {
    super(`${failure} ${status} ${reason} ${detail}`.trim());
    this.name = 'AdminApiError';
  }
}

const bodySchema = z.object({
  error: z.string().optional(),
  reason: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.unknown()).optional(),
  lines: z.array(z.unknown()).optional(),
});
const lineObject = z.object({
  line: z.number().int().optional(),
  message: z.string().optional(),
  reason: z.string().optional(),
  detail: z.string().optional(),
});

function toLine(item: unknown): LineProblem | null {
  if (typeof item === 'string') return fromText(item);
  const obj = lineObject.safeParse(item);
  if (!obj.success) return null;
  const message = obj.data.message ?? obj.data.detail ?? obj.data.reason ?? '';
  return { line: obj.data.line ?? null, message };
}

/** "dòng 3: …" / "line 3: …" → {line: 3, message: …}. */
function fromText(text: string): LineProblem {
  const m = /^\s*(?:dòng|line)\s+(\d+)\s*[:,-]?\s*(.*)$/iu.exec(text);
  return m ? { line: Number(m[1]), message: m[2] ?? '' } : { line: null, message: text };
}

/** Machine codes (docs/api.md) whose situation the screens can name more precisely than the status. */
const BY_CODE: Record<string, AdminFailure> = {
  version_exists: 'versionExists',
  unknown_commune: 'unknownUnit',
  unknown_village: 'unknownUnit',
  duplicate_name: 'duplicateName',
};

function failureFor(status: number, isLogin: boolean, code: string): AdminFailure {
  const known = BY_CODE[code];
  if (known) return known;
  if (status === 401) return isLogin ? 'badCredentials' : 'sessionExpired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 413) return 'tooLarge';
  if (status === 429) return 'rateLimited';
  if (status >= 500) return 'server';
  return 'invalid';
}

/** Builds the error of a non-2xx response from its `{error, reason, detail}` body (when it has one). */
export function errorFromResponse(status: number, body: unknown, isLogin: boolean): AdminApiError {
  const parsed = bodySchema.safeParse(body);
  const b = parsed.success ? parsed.data : {};
  const listed = [...(b.lines ?? []), ...(b.errors ?? [])]
    .map(toLine)
    .filter((l): l is LineProblem => l !== null);
  const fromDetail =
    listed.length === 0 && b.detail && /(?:dòng|line)\s+\d+/iu.test(b.detail)
      ? b.detail
          .split(/\r?\n|;\s*/u)
          .filter(Boolean)
          .map(fromText)
      : [];
  const code = b.error ?? '';
  const failure = failureFor(status, isLogin, code);
  return new AdminApiError(failure, status, b.reason ?? '', b.detail ?? '', [...listed, ...fromDetail], code);
}

/** The sentence to show for any error thrown by the admin client (or anything else). */
export function adminErrorMessage(err: unknown, t: TFunction): string {
  if (!(err instanceof AdminApiError)) return t('province:failure.network');
  // The server's reason is a shared errors.* key: when the app knows it, it says it best.
  const known = err.reason.startsWith('errors.') ? t(`common:${err.reason}`, { defaultValue: '' }) : '';
  const precise =
    err.failure === 'badCredentials' || err.failure === 'versionExists' || err.failure === 'unknownUnit';
  const base = precise || !known ? t(`province:failure.${err.failure}`) : known;
  return err.failure === 'invalid' && err.lines.length === 0 && err.detail ? `${base} (${err.detail})` : base;
}
