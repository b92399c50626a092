import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, passwordHashIsCurrent, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('hashes with scrypt into a self-describing string and verifies the same password only', async () => {
    const hash = await hashPassword('correct horse battery');

    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    expect(passwordHashIsCurrent(hash)).toBe(true);
  });

  it('salts every hash, and treats composed and decomposed accents as the same password', async () => {
    const a = await hashPassword('crème brûlée 2026');
    const b = await hashPassword('crème brûlée 2026');

    expect(a).not.toBe(b);
    expect(await verifyPassword('cre\u0300me bru\u0302le\u0301e 2026', a)).toBe(true);
  });

  it('verifies a hash made with other parameters, and refuses malformed or oversized ones', async () => {
    const older = (await hashPassword('correct horse battery')).split('$');
    expect(older[0]).toBe('scrypt');
    // Same salt and key under a different N is simply a wrong hash, not an error.
    expect(await verifyPassword('correct horse battery', ['scrypt', 16384, 8, 1, older[4], older[5]].join('$'))).toBe(false);

    for (const bad of ['', 'plain', 'bcrypt$x', 'scrypt$1000$8$1$abcdefghijk$abcdefghijklmnopqrstuv', `scrypt$${2 ** 24}$8$1$abcdefghijk$abcdefghijklmnopqrstuv`, 'scrypt$32768$8$1$$']) {
      expect(await verifyPassword('correct horse battery', bad)).toBe(false);
      expect(passwordHashIsCurrent(bad)).toBe(false);
    }
  });

  it('keeps one dummy hash per process for logins of unknown users', async () => {
    const dummy = await dummyPasswordHash();
    expect(await dummyPasswordHash()).toBe(dummy);
    expect(passwordHashIsCurrent(dummy)).toBe(true);
  });
});
