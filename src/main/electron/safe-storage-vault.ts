import path from 'node:path';
import { app, safeStorage } from 'electron';
import { createEncryptedFileVault, type TokenVault } from '../sync/token-vault';

/**
 * The session token encrypted with Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet) in
 * userData. On a Linux desktop without a keyring safeStorage would fall back to a hard-coded key
 * (`basic_text`): the vault refuses that, so the token is never written in effect in plain text.
 */
export function createSafeStorageVault(): TokenVault {
  return createEncryptedFileVault(safeStorage, path.join(app.getPath('userData'), 'session-token.bin'));
}
