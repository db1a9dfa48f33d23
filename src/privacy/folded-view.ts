/**
 * A text as the detectors read it — full-width digits and letters folded (NFKC), lower case,
 * invisible characters (zero-width, direction marks) dropped — with, for every character of
 * the view, where it came from in the original. What is found in the view is cut from the
 * original, so that "１３９\u200b1234…" is found, and the rest of the message (its script, its
 * Traditional characters) stays exactly as the person wrote it.
 */
export interface FoldedView {
  text: string;
  /** Original index of each view character's code point. */
  from: number[];
  /** Original index just past it. */
  to: number[];
}

// Variation selectors apart: in one class with the rest they read as a combined character.
const INVISIBLE = /^(?:[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u00AD]|\uFE0E|\uFE0F|[\uFE00-\uFE0D])$/u;

export function foldedView(raw: string): FoldedView {
  const from: number[] = [];
  const to: number[] = [];
  let text = '';
  let i = 0;
  for (const ch of raw) {
    const end = i + ch.length;
    if (!INVISIBLE.test(ch)) {
      // Only single characters that fold to a single ASCII one (０→0, Ａ→a, ：→:) are folded:
      // anything longer (①→1, ㎏→kg) would shift the map for no detector's benefit.
      const folded = ch.normalize('NFKC').toLowerCase();
      const one = folded.length === 1 ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
      text += one;
      for (let k = 0; k < one.length; k++) {
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { text, from, to };
}

/** The original span of view span [start, end). */
export function originalSpan(v: FoldedView, start: number, end: number): [number, number] {
  return [v.from[start]!, v.to[end - 1]!];
}
