import { createServer, connect, type Server, type Socket } from 'node:net';
import { mulberry32 } from '../../src/shared/demo/prng';

export interface FaultyProxyOptions {
  targetPort: number;
  seed: number;
  /** Probability that a new connection is refused outright (accepted, then destroyed). */
  dropConnection?: number;
  /** Probability, per forwarded chunk, that the connection is cut right there (mid request/response). */
  cutChunk?: number;
  /** Per-chunk delay, uniform in [0, maxDelayMs]. */
  maxDelayMs?: number;
}

export interface ProxyStats {
  connections: number;
  dropped: number;
  cut: number;
  delayedChunks: number;
}

/**
 * A loopback TCP proxy between a client and the server that drops connections, cuts them mid-stream
 * and delays chunks, at random but from a seed (same seed, same decisions in the same order).
 * `faulty = false` turns it into a clean pipe (to let the system settle at the end of a test).
 */
export class FaultyProxy {
  faulty = true;
  readonly stats: ProxyStats = { connections: 0, dropped: 0, cut: 0, delayedChunks: 0 };
  private readonly random: () => number;
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  port = 0;

  constructor(private readonly options: FaultyProxyOptions) {
    this.random = mulberry32(options.seed);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** Cuts every open connection (a network blip for everyone). */
  cutAll(): void {
    for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
  }

  private accept(client: Socket): void {
    this.track(client);
    this.stats.connections += 1;
    if (this.faulty && this.random() < (this.options.dropConnection ?? 0)) {
      this.stats.dropped += 1;
      client.destroy();
      return;
    }
    const upstream = connect(this.options.targetPort, '127.0.0.1');
    this.track(upstream);
    const kill = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', kill);
    upstream.on('close', kill);
    this.pipe(client, upstream, kill);
    this.pipe(upstream, client, kill);
  }

  /** Forwards chunks in order; each may be delayed or cut the connection. */
  private pipe(from: Socket, to: Socket, kill: () => void): void {
    let chain = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      const faulty = this.faulty;
      const cut = faulty && this.random() < (this.options.cutChunk ?? 0);
      const delay = faulty ? Math.floor(this.random() * (this.options.maxDelayMs ?? 0)) : 0;
      chain = chain.then(async () => {
        if (delay > 0) {
          this.stats.delayedChunks += 1;
          await new Promise((r) => setTimeout(r, delay));
        }
        if (cut) {
          this.stats.cut += 1;
          // Half the cuts let the chunk through first (the server has the request, the client loses the answer).
          if (delay % 2 === 0 && !to.destroyed) to.write(chunk);
          kill();
          return;
        }
        if (!to.destroyed) to.write(chunk);
      });
    });
  }
}
