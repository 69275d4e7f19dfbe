import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MesaError } from '../../shared/errors';

/**
 * Where the session token lives between runs. The Electron shell gives an OS-keyring-backed vault
 * (src/main/electron/safe-storage-vault.ts); tests and the browser host use the in-memory one.
 */
export interface TokenVault {
  /** `os-keyring`: encrypted with a key the OS keeps; `memory`: gone when the process ends. */
  readonly kind: 'os-keyring' | 'memory';
  /** Whether save() can work here; when false, save() refuses (never falls back to plain text). */
  isAvailable(): boolean;
  save(token: string): Promise<void>;
  load(): Promise<string | null>;
  clear(): Promise<void>;
}

/** Tests and the browser host only: the token never touches the disk and is lost at exit. */
export function createMemoryTokenVault(): TokenVault {
  let token: string | null = null;
  return {
    kind: 'memory',
    isAvailable: () => true,
    async save(value) {
      token = value;
    },
    load: async () => token,
    async clear() {
      token = null;
    },
  };
}

/** The part of Electron's `safeStorage` the vault uses (a port, so the vault is tested under Node). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only; `basic_text` means "no keyring: the key is hard-coded", i.e. plain text. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Backends that do not protect the key: refusing them is the point of using safeStorage at all. */
const PLAIN_TEXT_BACKENDS = new Set(['basic_text', 'unknown']);

export function safeStorageProtects(storage: SafeStorageLike): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  const backend = storage.getSelectedStorageBackend?.();
  return backend === undefined || !PLAIN_TEXT_BACKENDS.has(backend);
}

/**
 * The token encrypted by the OS keyring and written to one file. When the OS offers no keyring, it
 * refuses to store (`sync.no_secure_storage`): the agent then signs in at every start, and is told why.
 */
export function createEncryptedFileVault(storage: SafeStorageLike, file: string): TokenVault {
  return {
    kind: 'os-keyring',
    isAvailable: () => safeStorageProtects(storage),
    async save(token) {
      if (!safeStorageProtects(storage)) throw new MesaError('sync.no_secure_storage');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, storage.encryptString(token), { mode: 0o600 });
    },
    async load() {
      if (!safeStorageProtects(storage)) return null;
      const data = await readFile(file).catch(() => null);
      if (!data) return null;
      try {
        return storage.decryptString(data);
      } catch {
        return null; // another OS user or a reset keyring: sign in again
      }
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}
