import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from './server-process';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/** Parent side of desk-host-main.ts: a desktop main process that a test can SIGKILL and start again. */
export class DeskHostProcess {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly events: Array<{ event: string; [k: string]: unknown }> = [];
  private eventWaiters: Array<() => void> = [];
  readonly stderr: string[] = [];
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly databaseFile: string,
    readonly serverUrl: string,
  ) {}

  async start(): Promise<void> {
    this.events.length = 0;
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/desk-host-main.ts', this.databaseFile, this.serverUrl], {
      cwd: PROJECT_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        for (const p of this.pending.values()) p.reject(new Error('desk host exited'));
        this.pending.clear();
        resolve();
      }),
    );
    child.stderr?.on('data', (c: Buffer) => this.stderr.push(c.toString()));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let message: { id?: number; ok?: boolean; value?: unknown; error?: unknown; event?: string };
      try {
        message = JSON.parse(line) as typeof message;
      } catch {
        return; // a stray log line
      }
      if (message.event) {
        this.events.push(message as { event: string });
        for (const w of this.eventWaiters.splice(0)) w();
        return;
      }
      const p = message.id !== undefined ? this.pending.get(message.id) : undefined;
      if (!p || message.id === undefined) return;
      this.pending.delete(message.id);
      if (message.ok) p.resolve(message.value);
      else p.reject(new Error(`desk host: ${JSON.stringify(message.error)}`));
    });
    await this.waitEvent('ready', 30_000);
  }

  async waitEvent(name: string, timeoutMs = 10_000): Promise<{ event: string; [k: string]: unknown }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => e.event === name);
      if (found) {
        this.events.splice(this.events.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`desk host: no ${name} event; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        this.eventWaiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  call<T = unknown>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    const child = this.child;
    if (!child?.stdin) return Promise.reject(new Error('desk host not running'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.stdin?.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
    });
  }

  async kill9(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  async close(): Promise<void> {
    if (!this.child) return;
    await this.call('close').catch(() => undefined);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }
}
