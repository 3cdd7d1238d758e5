import { createServer, connect, type Server, type Socket } from 'node:net';

/** A TCP proxy on 127.0.0.1 that a test can cut or stall, to play a Redis outage. */
export interface TcpProxy {
  /** The port it listens on, the same across `stop` and `start`. */
  readonly port: number;
  /** Closes every connection and stops listening: new connections are refused. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Holds what clients send (the server seems to hang) until `resume`. */
  pause(): void;
  /** Forwards what was held and everything after it. */
  resume(): void;
}

/** Starts a proxy to `target` on a free port. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const held: { upstream: Socket; chunk: Buffer }[] = [];
  let paused = false;

  function forward(downstream: Socket): void {
    const upstream = connect(target.port, target.host);
    for (const socket of [downstream, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A reset while the test cuts the connection is the point of the exercise.
      socket.on('error', () => undefined);
    }
    downstream.on('data', (chunk: Buffer) => {
      if (paused) held.push({ upstream, chunk });
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => downstream.write(chunk));
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => downstream.destroy());
  }

  let server: Server = createServer(forward);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(0);

  return {
    port,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      held.length = 0;
      await closed;
    },
    async start() {
      server = createServer(forward);
      await listen(port);
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const { upstream, chunk } of held.splice(0)) upstream.write(chunk);
    },
  };
}
