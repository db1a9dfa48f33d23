import { endianness } from 'node:os';
import { FeatureIndex, type SoftmaxModel } from './softmax.js';

/**
 * The on-disk form of a set of trained models (any nesting of objects whose leaves are
 * SoftmaxModels), read at every start. Binary, not JSON: parsing 1.6 million weights and 400,000
 * feature names out of JSON took a third of a second and left ~80 MB of garbage behind; this
 * reads the weights as Float32Arrays and every feature name once, into one index the models share.
 *
 * Layout: MAGIC, u32 header length, the header (JSON: the tree with each model replaced by its
 * labels, bias, temperature and where its arrays are), then 8-byte-aligned sections: the
 * vocabulary (u32 offsets into one string), and per model its feature ids (i32) and weights (f32).
 */
const MAGIC = Buffer.from('CGNLU\x01\0\0', 'latin1');
const ALIGN = 8;

interface ModelEntry {
  labels: string[];
  bias: number[];
  temperature: number;
  rows: number;
  ids: number;
  weights: number;
}
interface Header {
  vocabulary: { size: number; offsets: number; text: number; textBytes: number };
  models: ModelEntry[];
  tree: unknown;
}

const LEAF = '$model';

/** A model of the right shape: one weight per feature and label (the cache is checked, never trusted). */
export function isSoftmaxModel(x: unknown): x is SoftmaxModel {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Partial<SoftmaxModel>;
  return (
    Array.isArray(m.labels) &&
    isNumbers(m.weights) &&
    isNumbers(m.bias) &&
    m.bias.length === m.labels.length &&
    typeof m.temperature === 'number' &&
    m.weights.length === featureCount(m as SoftmaxModel) * m.labels.length
  );
}
const isNumbers = (x: unknown): x is ArrayLike<number> => Array.isArray(x) || x instanceof Float32Array || x instanceof Float64Array;
const featureCount = (m: SoftmaxModel): number => (m.shared ? m.shared.ids.length : Array.isArray(m.features) ? m.features.length : -1);

/** Encodes a tree of models; the vocabulary of all of them is stored once. */
export function encodeModels(tree: unknown): Buffer {
  const index = new FeatureIndex();
  const leaves: { m: SoftmaxModel; ids: Int32Array }[] = [];
  const shape = (x: unknown): unknown => {
    if (isSoftmaxModel(x)) {
      const names = x.shared ? Array.from(x.shared.ids, (id) => x.shared!.index.names[id]!) : x.features;
      leaves.push({ m: x, ids: Int32Array.from(names, (f) => index.add(f)) });
      return { [LEAF]: leaves.length - 1 };
    }
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error('model cache: a tree of objects with models as leaves');
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shape(v)]));
  };
  const tree_ = shape(tree);

  const chunks: Uint8Array[] = [];
  let at = 0;
  const place = (bytes: Uint8Array): number => {
    const start = at;
    chunks.push(bytes);
    at += bytes.byteLength;
    const pad = (ALIGN - (at % ALIGN)) % ALIGN;
    if (pad) chunks.push(new Uint8Array(pad));
    at += pad;
    return start;
  };
  const offsets = new Uint32Array(index.size + 1);
  index.names.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n.length));
  const text = Buffer.from(index.names.join(''), 'utf8');
  const vocabulary = { size: index.size, offsets: place(new Uint8Array(offsets.buffer)), text: place(text), textBytes: text.byteLength };
  const models = leaves.map(({ m, ids }): ModelEntry => ({
    labels: m.labels,
    bias: Array.from(m.bias),
    temperature: m.temperature,
    rows: ids.length,
    ids: place(new Uint8Array(ids.buffer)),
    weights: place(new Uint8Array(Float32Array.from(m.weights).buffer)),
  }));
  const header = Buffer.from(JSON.stringify({ vocabulary, models, tree: tree_ } satisfies Header), 'utf8');
  const lead = MAGIC.byteLength + 4 + header.byteLength;
  const bodyStart = lead + ((ALIGN - (lead % ALIGN)) % ALIGN);
  // Section offsets above are relative to the body; the header records them so.
  const out = Buffer.alloc(bodyStart + at);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(header.byteLength, MAGIC.byteLength);
  header.copy(out, MAGIC.byteLength + 4);
  let o = bodyStart;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

/**
 * Decodes what encodeModels wrote: the same tree, each model with Float32 weights and a feature
 * index shared with the others. Throws on anything malformed (the caller retrains).
 */
export function decodeModels(file: Uint8Array): unknown {
  if (endianness() !== 'LE') throw new Error('model cache: written little-endian');
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.byteLength < MAGIC.byteLength + 4 || !buf.subarray(0, MAGIC.byteLength).equals(MAGIC)) throw new Error('model cache: not a model cache');
  const headerBytes = buf.readUInt32LE(MAGIC.byteLength);
  const lead = MAGIC.byteLength + 4 + headerBytes;
  const header = JSON.parse(buf.toString('utf8', MAGIC.byteLength + 4, lead)) as Header;
  const body = lead + ((ALIGN - (lead % ALIGN)) % ALIGN);
  // Copies into fresh, aligned arrays: the file's buffer is not kept alive by the models.
  const section = <T extends Int32Array | Uint32Array | Float32Array>(Type: new (n: number) => T, offset: number, n: number): T => {
    const out = new Type(n);
    const start = body + offset;
    const end = start + out.byteLength;
    if (!Number.isInteger(offset) || offset < 0 || end > buf.byteLength) throw new Error('model cache: cut short');
    new Uint8Array(out.buffer).set(buf.subarray(start, end));
    return out;
  };
  const v = header.vocabulary;
  const offsets = section(Uint32Array, v.offsets, v.size + 1);
  const text = buf.toString('utf8', body + v.text, body + v.text + v.textBytes);
  if (offsets[v.size] !== text.length) throw new Error('model cache: vocabulary cut short');
  const names: string[] = new Array<string>(v.size);
  for (let i = 0; i < v.size; i++) names[i] = text.slice(offsets[i], offsets[i + 1]);
  const index = FeatureIndex.of(names);
  if (index.size !== v.size) throw new Error('model cache: a feature listed twice');

  const models = header.models.map((e): SoftmaxModel => {
    const ids = section(Int32Array, e.ids, e.rows);
    for (const id of ids) if (id < 0 || id >= index.size) throw new Error('model cache: unknown feature');
    const shared = { index, ids };
    return {
      labels: e.labels,
      get features() {
        return Array.from(ids, (id) => index.names[id]!);
      },
      weights: section(Float32Array, e.weights, e.rows * e.labels.length),
      bias: Float64Array.from(e.bias),
      temperature: e.temperature,
      shared,
    };
  });
  const tree = (x: unknown): unknown => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error('model cache: malformed tree');
    if (LEAF in x) {
      const m = models[(x as Record<string, number>)[LEAF]!];
      if (!m) throw new Error('model cache: unknown model');
      return m;
    }
    return Object.fromEntries(Object.entries(x).map(([k, val]) => [k, tree(val)]));
  };
  return tree(header.tree);
}
