import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the contract's command with the given stdin; resolves with stdout lines and exit code. */
function runJsonl(input: string): Promise<{ lines: string[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn('npm', ['run', '--silent', 'chat', '--', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ lines: out.split('\n').filter((l) => l.length > 0), code, stderr: err }));
    p.stdin.end(input);
  });
}

describe('npm run chat -- --jsonl', () => {
  it('answers every line with exactly one JSON object, in order, and exits cleanly', async () => {
    const inputs = [
      JSON.stringify({ user: 'a', text: '有个自称网信办的人打电话说要停我的号，还问我家保姆几点出门' }),
      'this is not json',
      JSON.stringify({ text: 'no user' }),
      JSON.stringify({ user: 'b', text: '' }),
      JSON.stringify({ user: 'c', text: 'x'.repeat(1_000_000) }),
      JSON.stringify({ user: 'd', text: '\u0000\u0001\u001b[31m ☃☃☃ \uD800' }),
      JSON.stringify({ user: 'e', text: '', type: 'audio' }),
      JSON.stringify({ user: 'f', text: '晚上几点开会？', room: 'g1' }),
      JSON.stringify({ user: 'g', text: 'hello', type: 'hologram' }),
      JSON.stringify([1, 2, 3]),
      '',
      JSON.stringify({ user: 'a', text: '谢谢' }),
    ];
    const { lines, code } = await runJsonl(inputs.join('\n') + '\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(inputs.length);
    const outs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of outs) expect(Array.isArray(o.replies)).toBe(true);

    expect(outs[0]).toMatchObject({ risk: 'high', scamType: 'cyberspace_admin', urgent: false });
    expect((outs[0]!.replies as string[]).join('\n')).toMatch(/96110/);
    expect(outs[1]).toMatchObject({ replies: [], error: expect.any(String) });
    expect(outs[2]).toMatchObject({ replies: [], error: expect.stringMatching(/user/) });
    expect((outs[3]!.replies as string[]).length).toBeGreaterThan(0);
    expect(outs[4]!.error).toBeUndefined();
    expect(outs[5]!.error).toBeUndefined();
    expect((outs[6]!.replies as string[]).length).toBeGreaterThan(0);
    expect(outs[7]!.replies).toEqual([]);
    expect(outs[9]!.error).toBeDefined();
    expect(outs[10]!.error).toBeDefined();
    // The conversation of user "a" survived the garbage in between.
    expect(outs[11]).toMatchObject({ risk: 'high', scamType: 'cyberspace_admin' });
    for (const o of outs) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(o.error ? ['replies', 'error'] : ['replies', 'intent', 'scamType', 'risk', 'urgent']));
    }
  }, 60_000);
});

describe('npm run chat -- --jsonl, images', () => {
  it('reads a screenshot named by "file" and judges it; a bad path gets a kind reply, not an error', async () => {
    const inputs = [
      JSON.stringify({ user: 'a', type: 'image', file: 'test/fixtures/screenshots/sms-bank.png' }),
      JSON.stringify({ user: 'b', type: 'image', file: 'no/such/picture.png' }),
      JSON.stringify({ user: 'c', type: 'image', file: 42 }),
    ];
    const { lines, code } = await runJsonl(inputs.join('\n') + '\n');
    expect(code).toBe(0);
    const outs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outs).toHaveLength(3);
    expect(outs[0]).toMatchObject({ risk: 'high', scamType: 'bank_finance', responses: expect.arrayContaining(['image_read_org_asks', 'verdict_high_message']) });
    expect((outs[0]!.replies as string[])[0]).toMatch(/^我读了这张图片：对方自称银行/);
    expect(outs[1]).toMatchObject({ responses: ['image_unreadable'], risk: null });
    expect(outs[2]).toMatchObject({ replies: [], error: expect.stringMatching(/file/) });
  }, 90_000);
});

describe('npm run chat -- --jsonl, stopped', () => {
  it('exits cleanly on SIGTERM after answering the line it was given', async () => {
    const p = spawn('node', ['scripts/start.mjs', 'chat', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const answered = new Promise<void>((resolve) => {
      p.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve();
      });
    });
    const closed = new Promise<number | null>((resolve) => p.on('close', (code) => resolve(code)));
    p.stdin.write(`${JSON.stringify({ user: 'term', text: '说是公安局的' })}\n`);
    await answered;
    p.kill('SIGTERM');
    expect(await closed).toBe(0);
    expect(JSON.parse(out.split('\n')[0]!)).toHaveProperty('replies');
  });
});
