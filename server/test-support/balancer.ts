import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP load balancer on loopback, as small as they come: each connection goes to the first
 * backend of `backends()` that accepts it. Enough to move a client to another node when its own
 * stops, as any real balancer would.
 */
export async function startBalancer(backends: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const tryBackend = (index: number) => {
      const address = backends()[index];
      if (!address) return client.destroy();
      const url = new URL(address);
      const upstream = connect(Number(url.port), url.hostname);
      let connected = false;
      upstream.on('error', () => {
        upstream.destroy();
        if (!connected) tryBackend(index + 1);
      });
      upstream.once('connect', () => {
        connected = true;
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
