// The backup envelope: what is sealed opens with the passphrase and only with it; any changed byte of
// the ciphertext or header fails; weakened or unknown headers are refused before any key is derived.
import { BACKUP_VERSION, openBackup, PBKDF2_ITERATIONS, sealBackup } from './backup-crypto';

const content = { deviceId: 'd-1', mutations: [{ seq: 1, note: 'Lớp học số ở thôn Suối Chải' }] };

describe('backup envelope', () => {
  it('round-trips with the passphrase, with fresh salt and IV each time', async () => {
    const a = await sealBackup(content, 'mật khẩu dài của xã');
    const b = await sealBackup(content, 'mật khẩu dài của xã');
    expect(a.header).toMatchObject({ version: BACKUP_VERSION, kdf: { iterations: PBKDF2_ITERATIONS } });
    expect(a.header.kdf.salt).not.toBe(b.header.kdf.salt);
    expect(a.header.cipher.iv).not.toBe(b.header.cipher.iv);
    expect(JSON.stringify(a)).not.toContain('Suối Chải');
    expect(await openBackup(JSON.stringify(a), 'mật khẩu dài của xã')).toEqual({ ok: true, content });
  });

  it('refuses a wrong passphrase', async () => {
    const sealed = await sealBackup(content, 'đúng');
    expect(await openBackup(JSON.stringify(sealed), 'sai')).toEqual({ ok: false, reason: 'wrongPassphrase' });
  });

  it('refuses a tampered byte of the ciphertext or of the header', async () => {
    const sealed = await sealBackup(content, 'đúng');
    const bytes = Uint8Array.from(atob(sealed.data), (c) => c.charCodeAt(0));
    bytes[5]! ^= 0x01;
    const data = btoa(String.fromCharCode(...bytes));
    expect(await openBackup(JSON.stringify({ ...sealed, data }), 'đúng')).toMatchObject({ ok: false });
    const header = { ...sealed.header, kdf: { ...sealed.header.kdf, iterations: PBKDF2_ITERATIONS + 1 } };
    expect(await openBackup(JSON.stringify({ ...sealed, header }), 'đúng')).toEqual({
      ok: false,
      reason: 'wrongPassphrase',
    });
  });

  it('refuses malformed, weakened and unknown files', async () => {
    const sealed = await sealBackup(content, 'đúng');
    expect(await openBackup('not json', 'đúng')).toEqual({ ok: false, reason: 'malformed' });
    expect(await openBackup('{"header":{}}', 'đúng')).toEqual({ ok: false, reason: 'malformed' });
    const weak = { ...sealed, header: { ...sealed.header, kdf: { ...sealed.header.kdf, iterations: 1000 } } };
    expect(await openBackup(JSON.stringify(weak), 'đúng')).toEqual({ ok: false, reason: 'unsupported' });
    const future = { ...sealed, header: { ...sealed.header, version: 2 } };
    expect(await openBackup(JSON.stringify(future), 'đúng')).toEqual({ ok: false, reason: 'unsupported' });
  });
});
