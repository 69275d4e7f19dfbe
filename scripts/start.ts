/**
 * `npm start`: the workstation on demo data. Electron where its binary is installed; otherwise
 * (CI machines, ELECTRON_SKIP_BINARY_DOWNLOAD) the same renderer and main-process services through
 * the browser host, with the address printed to open in a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function electronBinary(): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (electronBinary()) {
  process.exitCode = await run(npx, ['electron-vite', 'dev']);
} else {
  console.log(
    'Mesa: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or no network at install);\n' +
      'serving the same workstation through the browser host instead. Open the "url" below in a browser.',
  );
  const data = path.join(root, 'data');
  mkdirSync(data, { recursive: true });
  process.exitCode = await run(npx, [
    'tsx',
    'src/main/host/browser-host-cli.ts',
    '--renderer',
    'dist',
    '--db',
    path.join(data, 'workstation.sqlite'),
    '--seed-tickets',
    '3000',
  ]);
}
