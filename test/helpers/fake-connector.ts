import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Framework connector service on localhost: it accepts every activity the
 * bot sends to its serviceUrl and records the texts, calling `onReply` after each.
 */
export async function fakeConnector(onReply: () => void = () => undefined): Promise<{ server: Server; url: string; replies: string[]; close(): Promise<void> }> {
  const replies: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"sent"}');
      replies.push((JSON.parse(raw) as { text?: string }).text ?? '');
      onReply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    replies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
