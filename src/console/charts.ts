/**
 * The console's pictures as SVG strings, drawn on the server: no chart code runs in the page,
 * and the page needs nothing from the internet. Every label is escaped (some come from content
 * files, some from what people wrote).
 */

const FONT = 'font-family="Noto Sans CJK SC, Noto Sans, sans-serif"';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A colour `t` (0..1) of the way from white to `hex`. */
function tint(hex: string, t: number): string {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${c.map((v) => Math.round(255 + (v - 255) * Math.min(1, Math.max(0, t)))).join(',')})`;
}

/** Rough width of a label in px at `size` (CJK characters are square, Latin about half). */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.58;
  return w;
}

function svg(contentWidth: number, height: number, title: string, body: string[]): string {
  const width = Math.max(contentWidth, textWidth(title, 13) + 10);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" role="img" aria-label="${escapeXml(title)}" ${FONT}>`,
    `<title>${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
  ].join('');
}

/**
 * A confusion matrix as a heat map: rows are the expected label, columns the predicted one.
 * Each row is shaded by its share of the row, right answers (the diagonal) in blue and mistakes
 * in red, so the eye finds where the model confuses what.
 */
export function confusionMatrixSvg(title: string, labels: readonly string[], confusion: readonly (readonly number[])[]): string {
  const n = labels.length;
  const cell = n > 16 ? 18 : 26;
  const size = 11;
  const margin = Math.max(40, ...labels.map((l) => textWidth(l, size))) + 10;
  const top = 24 + margin;
  const left = margin;
  const body: string[] = [`<text x="0" y="14" font-size="13" font-weight="bold">${escapeXml(title)}</text>`];
  body.push(`<text x="${left}" y="${top - margin + 4}" font-size="${size}" fill="#555">predicted →</text>`);
  confusion.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    const y = top + i * cell;
    body.push(`<text x="${left - 6}" y="${y + cell / 2 + 4}" font-size="${size}" text-anchor="end">${escapeXml(labels[i] ?? '')}</text>`);
    row.forEach((v, j) => {
      const share = total > 0 ? v / total : 0;
      const x = left + j * cell;
      const fill = v === 0 ? '#ffffff' : tint(i === j ? '#1f5fbf' : '#c62828', i === j ? share : 0.25 + share);
      const tip = `expected ${labels[i]}, predicted ${labels[j]}: ${v} of ${total}`;
      body.push(`<rect class="cell" x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#e0e0e0"><title>${escapeXml(tip)}</title></rect>`);
      if (v > 0) {
        const dark = i === j ? share > 0.55 : 0.25 + share > 0.6;
        body.push(`<text x="${x + cell / 2}" y="${y + cell / 2 + 3.5}" font-size="${cell > 20 ? 10 : 8}" text-anchor="middle" fill="${dark ? '#fff' : '#222'}">${v}</text>`);
      }
    });
  });
  labels.forEach((l, j) => {
    const x = left + j * cell + cell / 2 + 4;
    body.push(`<text x="${x}" y="${top - 6}" font-size="${size}" transform="rotate(-60 ${x} ${top - 6})">${escapeXml(l)}</text>`);
  });
  return svg(left + n * cell + 10, top + n * cell + 10, title, body);
}

/** Horizontal bars, largest first, each with its value. */
export function barsSvg(title: string, items: Readonly<Record<string, number>>, colour = '#1f5fbf'): string {
  const rows = Object.entries(items).sort((a, b) => b[1] - a[1]);
  const size = 12;
  const left = Math.max(40, ...rows.map(([l]) => textWidth(l, size))) + 10;
  const width = 260;
  const row = 20;
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const body: string[] = [`<text x="0" y="14" font-size="13" font-weight="bold">${escapeXml(title)}</text>`];
  if (rows.length === 0) body.push(`<text x="0" y="40" font-size="${size}" fill="#777">nothing yet</text>`);
  rows.forEach(([label, v], i) => {
    const y = 26 + i * row;
    const w = Math.max(1, (v / max) * width);
    body.push(`<text x="${left - 6}" y="${y + 13}" font-size="${size}" text-anchor="end">${escapeXml(label)}</text>`);
    body.push(`<rect class="bar" x="${left}" y="${y + 2}" width="${w.toFixed(1)}" height="${row - 6}" fill="${colour}"><title>${escapeXml(`${label}: ${v}`)}</title></rect>`);
    body.push(`<text x="${left + w + 4}" y="${y + 13}" font-size="${size}">${v}</text>`);
  });
  return svg(left + width + 50, 30 + Math.max(1, rows.length) * row + 10, title, body);
}

/** Turns per day as columns, the urgent part of each in red. */
export function daysSvg(title: string, days: readonly { day: string; turns: number; urgent: number }[]): string {
  const height = 120;
  const col = Math.max(8, Math.min(36, Math.floor(420 / Math.max(1, days.length))));
  const left = 36;
  const top = 28;
  const max = Math.max(1, ...days.map((d) => d.turns));
  const body: string[] = [`<text x="0" y="14" font-size="13" font-weight="bold">${escapeXml(title)}</text>`];
  body.push(`<line x1="${left}" y1="${top + height}" x2="${left + days.length * col}" y2="${top + height}" stroke="#999"/>`);
  body.push(`<text x="${left - 4}" y="${top + 8}" font-size="10" text-anchor="end">${max}</text><text x="${left - 4}" y="${top + height}" font-size="10" text-anchor="end">0</text>`);
  if (days.length === 0) body.push(`<text x="${left + 8}" y="${top + height / 2}" font-size="12" fill="#777">no turns yet</text>`);
  days.forEach((d, i) => {
    const x = left + i * col + 2;
    const h = (d.turns / max) * height;
    const u = (d.urgent / max) * height;
    const tip = escapeXml(`${d.day}: ${d.turns} turns, ${d.urgent} urgent`);
    body.push(`<rect class="bar" x="${x}" y="${(top + height - h).toFixed(1)}" width="${col - 4}" height="${h.toFixed(1)}" fill="#7aa6e0"><title>${tip}</title></rect>`);
    if (u > 0) body.push(`<rect class="bar urgent" x="${x}" y="${(top + height - u).toFixed(1)}" width="${col - 4}" height="${u.toFixed(1)}" fill="#c62828"><title>${tip}</title></rect>`);
  });
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  if (first && last) {
    body.push(`<text x="${left}" y="${top + height + 14}" font-size="10">${escapeXml(first)}</text>`);
    if (last !== first) body.push(`<text x="${left + days.length * col}" y="${top + height + 14}" font-size="10" text-anchor="end">${escapeXml(last)}</text>`);
  }
  return svg(Math.max(left + days.length * col + 70, 200), top + height + 22, title, body);
}
