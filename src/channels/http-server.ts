import type { IncomingMessage, Server } from 'node:http';

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

/** The peer is this machine. */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** A request body as a JSON object, refused past `maxBytes`. */
export function readJsonObject(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('the body must be a JSON object');
        resolve(body as Record<string, unknown>);
      } catch (e) {
        reject(e instanceof Error ? e : new Error('invalid JSON'));
      }
    });
    req.on('error', reject);
  });
}
