import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Output {
  replies: string[];
  responses: string[];
  risk: string | null;
  scamType: string | null;
  urgent: boolean;
  intent: string | null;
}

/**
 * The real bot as a separate process over JSON lines (the compiled build, as `npm start` runs
 * it): one answer per line, in order, so each `ask` waits for the next line.
 */
export class BotProcess {
  private readonly p: ChildProcessWithoutNullStreams;
  private buffer = '';
  private readonly waiting: ((line: string) => void)[] = [];
  readonly closed: Promise<number | null>;
  stderr = '';

  constructor(env: Record<string, string>) {
    this.p = spawn('node', ['dist/main.js', 'chat', '--jsonl'], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.p.stdout.on('data', (d: Buffer) => {
      this.buffer += d.toString();
      let i;
      while ((i = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, i);
        this.buffer = this.buffer.slice(i + 1);
        this.waiting.shift()?.(line);
      }
    });
    this.p.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.closed = new Promise((resolve) => this.p.on('close', (code) => resolve(code)));
  }

  ask(user: string, text: string): Promise<Output> {
    const answer = new Promise<string>((resolve, reject) => {
      this.waiting.push(resolve);
      void this.closed.then(() => reject(new Error(`bot exited before answering: ${this.stderr.slice(-500)}`)));
    });
    this.p.stdin.write(`${JSON.stringify({ user, text })}\n`);
    return answer.then((l) => JSON.parse(l) as Output);
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    this.p.kill(signal);
    return this.closed;
  }

  end(): Promise<number | null> {
    this.p.stdin.end();
    return this.closed;
  }
}
