// Unit tests of tokens, enrolment codes and scrypt passwords.
import {
  hashPassword,
  hashToken,
  newEnrolmentCode,
  newToken,
  normaliseCode,
  verifyPassword,
} from './secrets';

describe('secrets', () => {
  it('enrolment codes are 8 characters without look-alikes, and typing is forgiving', () => {
    const codes = Array.from({ length: 200 }, () => newEnrolmentCode());
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(new Set(codes).size).toBe(200);
    expect(normaliseCode(' k7qm-3xpa ')).toBe('K7QM3XPA');
  });

  it('tokens are random and stored as a SHA-256 hash that is not the token', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('passwords are salted scrypt hashes that verify only the right password', async () => {
    const a = await hashPassword('mật khẩu đúng');
    const b = await hashPassword('mật khẩu đúng');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật khẩu đúng', a)).toBe(true);
    expect(await verifyPassword('mật khẩu sai', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
