import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';

/** One problem found in a content file, located for a person to fix. */
export interface ContentIssue {
  file: string;
  /** Path inside the document, e.g. "examples[3].scamType"; empty for the whole file. */
  path: string;
  line: number;
  /** Column of the value on that line (1-based), when known: editors jump to file:line:column. */
  column?: number;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}${i.path ? ` (${i.path})` : ''}: ${i.message}`;
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`content is invalid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export interface ParsedFile<T> {
  data?: T;
  text: string;
  issues: ContentIssue[];
  /** Line of a path inside the document, for issues found after parsing (cross-file checks). */
  lineOf(path: readonly (string | number)[]): number;
  /** Line and column of a path inside the document. */
  positionOf(path: readonly (string | number)[]): { line: number; column: number };
}

/** Parses one YAML file and validates it; every issue carries the file, path and line. */
export function parseYamlFile<S extends z.ZodType>(file: string, schema: S, displayName = file): ParsedFile<z.output<S>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { text: '', issues: [{ file: displayName, path: '', line: 0, message: `cannot read: ${(e as Error).message}` }], lineOf: () => 0, positionOf: () => ({ line: 0, column: 0 }) };
  }
  // Two parsers: js-yaml reads a valid file six times faster (7,000 deed examples and the
  // conversation tests are read at every validation, reload and test run); `yaml` keeps every
  // node's position, needed only to point at a problem, so its document is built on demand. Both
  // read YAML 1.2's core schema: over all our content they give the same values.
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const full = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  };
  const positionOf = (path: readonly (string | number)[]): { line: number; column: number } => {
    const { doc, lineCounter } = full();
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  const lineOf = (path: readonly (string | number)[]): number => positionOf(path).line;
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: displayName });
  } catch {
    // A syntax problem or a repeated key: `yaml` says where, in its words.
    const { doc, lineCounter } = full();
    const syntax = [...doc.errors, ...doc.warnings];
    if (syntax.length > 0) {
      return {
        text,
        lineOf,
        positionOf,
        issues: syntax.map((e) => ({
          file: displayName,
          path: '',
          line: lineCounter.linePos(e.pos[0]).line,
          column: lineCounter.linePos(e.pos[0]).col,
          message: `YAML ${e.code.toLowerCase().replace(/_/g, ' ')}: ${e.message.split('\n')[0]}`,
        })),
      };
    }
    value = doc.toJS();
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    return {
      text,
      lineOf,
      positionOf,
      issues: result.error.issues.map((iss) => {
        const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
        return { file: displayName, path: pathToString(path), ...positionOf(path), message: iss.message };
      }),
    };
  }
  return { data: result.data as z.output<S>, text, issues: [], lineOf, positionOf };
}
