// The backup file's sealed envelope: JSON encrypted with a passphrase by WebCrypto (AES-256-GCM, key from
// PBKDF2-SHA-256, random salt and IV per file). The versioned header travels in clear and is bound to the
// ciphertext as GCM additional data, so a changed header fails like a changed byte. Format: docs/backup.md.

export const BACKUP_FORMAT = 'ban-so-backup';
export const BACKUP_VERSION = 1;
/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 310_000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
}

export interface SealedBackup {
  header: BackupHeader;
  /** Base64 of the AES-GCM ciphertext with its 16-byte tag. */
  data: string;
}

export type OpenOutcome =
  { ok: true; content: unknown } | { ok: false; reason: 'malformed' | 'unsupported' | 'wrongPassphrase' };

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
const toBase64Long = (bytes: Uint8Array) => {
  // String.fromCharCode(...bytes) overflows the call stack on large arrays: encode in slices.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const additionalData = (header: BackupHeader) => new TextEncoder().encode(JSON.stringify(header));

export async function sealBackup(
  content: unknown,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<SealedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, iterations);
  const plain = new TextEncoder().encode(JSON.stringify(content));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header) },
    key,
    plain,
  );
  return { header, data: toBase64Long(new Uint8Array(cipher)) };
}

function readHeader(file: unknown): BackupHeader | 'malformed' | 'unsupported' {
  if (typeof file !== 'object' || file === null) return 'malformed';
  const header = (file as { header?: unknown }).header as Partial<BackupHeader> | undefined;
  if (!header || header.format !== BACKUP_FORMAT) return 'malformed';
  if (header.version !== BACKUP_VERSION) return 'unsupported';
  const { kdf, cipher } = header;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher?.name !== 'AES-GCM') return 'unsupported';
  // Refuse a weakened file as well as an absurd one (a header may not make us spin for minutes).
  if (!Number.isInteger(kdf.iterations) || kdf.iterations < PBKDF2_ITERATIONS || kdf.iterations > 10_000_000)
    return 'unsupported';
  if (typeof kdf.salt !== 'string' || typeof cipher.iv !== 'string') return 'malformed';
  return header as BackupHeader;
}

/** Opens a file's text: never throws; a wrong passphrase and a tampered byte both fail authentication. */
export async function openBackup(text: string, passphrase: string): Promise<OpenOutcome> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const header = readHeader(file);
  if (typeof header === 'string') return { ok: false, reason: header };
  const data = (file as { data?: unknown }).data;
  if (typeof data !== 'string') return { ok: false, reason: 'malformed' };
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, cipher: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(header.kdf.salt);
    iv = fromBase64(header.cipher.iv);
    cipher = fromBase64(data);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (iv.length !== 12 || salt.length < 16) return { ok: false, reason: 'malformed' };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header) },
      key,
      cipher,
    );
  } catch {
    // GCM cannot tell a wrong key from a changed byte: both are "wrong passphrase or damaged file".
    return { ok: false, reason: 'wrongPassphrase' };
  }
  try {
    return { ok: true, content: JSON.parse(new TextDecoder().decode(plain)) };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
