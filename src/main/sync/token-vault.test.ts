import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEncryptedFileVault, createMemoryTokenVault, type SafeStorageLike } from './token-vault';

function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
    decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
  };
}

describe('token vaults', () => {
  const dirs: string[] = [];
  const file = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mesa-vault-'));
    dirs.push(dir);
    return path.join(dir, 'token.bin');
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('stores the token encrypted when the OS keyring protects it', async () => {
    const target = file();
    const vault = createEncryptedFileVault(fakeSafeStorage('gnome_libsecret'), target);
    expect(vault.isAvailable()).toBe(true);
    await vault.save('secret-token');
    expect(readFileSync(target).toString()).not.toContain('secret-token');
    expect(await vault.load()).toBe('secret-token');
    await vault.clear();
    expect(await vault.load()).toBeNull();
  });

  it('refuses plain-text storage when there is no keyring (basic_text) or no encryption at all', async () => {
    for (const storage of [fakeSafeStorage('basic_text'), fakeSafeStorage('kwallet5', false)]) {
      const vault = createEncryptedFileVault(storage, file());
      expect(vault.isAvailable()).toBe(false);
      await expect(vault.save('secret-token')).rejects.toMatchObject({ code: 'sync.no_secure_storage' });
      expect(await vault.load()).toBeNull();
    }
  });

  it('keeps the in-memory token only for the life of the process', async () => {
    const vault = createMemoryTokenVault();
    expect(vault.kind).toBe('memory');
    await vault.save('t');
    expect(await vault.load()).toBe('t');
  });
});
