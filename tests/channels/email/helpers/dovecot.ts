import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NOBODY = 65534;

/** Finds the dovecot binary, installing Debian's dovecot-imapd when missing and we are root. */
export function dovecotBinary(): string | null {
  const find = () => {
    const which = spawnSync('sh', ['-c', 'command -v dovecot || ls /usr/sbin/dovecot 2>/dev/null'], {
      encoding: 'utf8',
    });
    return which.stdout.trim().split('\n')[0] || null;
  };
  const found = find();
  if (found || process.getuid?.() !== 0) return found;
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'dovecot-imapd'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: 'ignore',
  });
  return find();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not open port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface DovecotUser {
  user: string;
  password: string;
}

/**
 * A throwaway Dovecot (IMAP only) on 127.0.0.1: passwd-file users, plaintext auth without TLS (local
 * tests only), maildirs owned by uid 65534 under a temp folder. Runs in the foreground without systemd.
 */
export class TestDovecot {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'mesa-dovecot-'));
  port = 0;
  private child: ChildProcess | null = null;

  constructor(
    private readonly binary: string,
    private readonly users: DovecotUser[],
  ) {}

  private writeConfig(): string {
    chmodSync(this.dir, 0o755);
    for (const sub of ['run', 'state', 'home']) mkdirSync(path.join(this.dir, sub), { recursive: true });
    const lines = this.users.map((u) => {
      const home = path.join(this.dir, 'home', u.user);
      mkdirSync(home, { recursive: true });
      chownSync(home, NOBODY, NOBODY);
      return `${u.user}:{PLAIN}${u.password}:${NOBODY}:${NOBODY}::${home}::`;
    });
    writeFileSync(path.join(this.dir, 'users'), `${lines.join('\n')}\n`);
    const conf = path.join(this.dir, 'dovecot.conf');
    writeFileSync(
      conf,
      `protocols = imap
listen = 127.0.0.1
base_dir = ${this.dir}/run
state_dir = ${this.dir}/state
log_path = ${this.dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${this.dir}/users
}
userdb {
  driver = passwd-file
  args = username_format=%u ${this.dir}/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${this.port}
  }
  inet_listener imaps {
    port = 0
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
`,
    );
    return conf;
  }

  async start(port?: number): Promise<void> {
    this.port = port ?? (await freePort());
    const conf = this.writeConfig();
    const child = spawn(this.binary, ['-F', '-c', conf], { stdio: 'ignore' });
    this.child = child;
    await waitForPort(this.port);
  }

  /** Stops this dovecot (only the process this helper started, by its pid). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
