/** Messages between ImageReader and its worker thread. */
export interface OcrRequest {
  id: number;
  path: string;
}

export type OcrReply = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isOcrRequest(x: unknown): x is OcrRequest {
  return isObject(x) && typeof x.id === 'number' && typeof x.path === 'string';
}

export function isOcrReply(x: unknown): x is OcrReply {
  if (!isObject(x) || typeof x.id !== 'number') return false;
  return x.ok === true ? typeof x.text === 'string' : x.ok === false && typeof x.error === 'string';
}
