// Preloaded into the bot by `npm run bench -- --stored-rss-only` (node --require): on SIGUSR2 it
// appends one JSON line to MEMORY_PROBE_FILE with where the resident memory is — V8's heap
// (used, committed, per space), external and ArrayBuffer memory, and the kernel's view
// (/proc/self/smaps_rollup and the largest mappings) — first as found, then after a full
// collection when node runs with --expose-gc. A file, not stdout: stdout belongs to the
// JSON-lines contract. CommonJS so that --require takes it before the ES modules load.
'use strict';
const { appendFileSync, readFileSync } = require('node:fs');
const v8 = require('node:v8');

const file = process.env.MEMORY_PROBE_FILE;
const mb = (n) => Math.round((n / 1048576) * 10) / 10;

function rollup() {
  const out = {};
  for (const line of readFileSync('/proc/self/smaps_rollup', 'utf8').split('\n')) {
    const m = /^(\w+):\s+(\d+) kB/.exec(line);
    if (m) out[m[1]] = Math.round(Number(m[2]) / 102.4) / 10;
  }
  return { rssMb: out.Rss, anonMb: out.Anonymous, fileMb: (out.Rss ?? 0) - (out.Anonymous ?? 0) };
}

/** Resident MB by mapping name: heap arenas and anonymous maps as "[anon]", libraries by file. */
function byMapping() {
  const sums = new Map();
  let name = '';
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      name = head[1] || '[anon]';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) sums.set(name, (sums.get(name) ?? 0) + Number(rss[1]));
  }
  return Object.fromEntries(
    [...sums]
      .filter(([, kb]) => kb >= 1024)
      .sort((a, b) => b[1] - a[1])
      .map(([n, kb]) => [n.replace(/^.*node_modules\//, ''), Math.round(kb / 102.4) / 10]),
  );
}

function snapshot() {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, { usedMb: mb(s.space_used_size), committedMb: mb(s.physical_space_size) }]),
  );
  const heap = v8.getHeapStatistics();
  return {
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    mallocedMb: mb(heap.malloced_memory),
    codeAndMetadataMb: mb(heap.total_heap_code_and_metadata_size ?? 0),
    nativeRestMb: mb(m.rss - m.heapTotal - m.external),
    kernel: rollup(),
    spaces,
  };
}

if (file) {
  process.on('SIGUSR2', () => {
    const record = { at: new Date().toISOString(), asFound: snapshot(), mappings: byMapping() };
    if (typeof global.gc === 'function') {
      global.gc();
      record.afterFullGc = snapshot();
    }
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  });
}
