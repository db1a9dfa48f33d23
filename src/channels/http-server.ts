import type { Server } from 'node:http';

export interface Listening {
  server: Server;
  close(): Promise<void>;
}

/** Starts `server` on host:port (port 0: any free one); rejects if the port is taken. */
export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
