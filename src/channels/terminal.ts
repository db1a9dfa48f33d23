import { createInterface } from 'node:readline';
import type { IncomingMessage, TurnOutput } from '../pipeline/message.js';

const HELP = '命令 commands: /group <id> 像在群里 (as in a group), /private 私聊, /mention 下一条@我 (next message @-mentions the bot), /quit 退出';

/** An interactive chat in the terminal: the embedded default when no WeChat puppet is set. */
export async function runTerminal(handle: (m: IncomingMessage) => Promise<TurnOutput>, welcome: string): Promise<void> {
  const out = process.stdout;
  const rl = createInterface({ input: process.stdin, output: out, terminal: process.stdin.isTTY === true });
  out.write(`callguard — ${HELP}\n\ncallguard> ${welcome.replace(/\n/g, '\n           ')}\n\n`);
  let room: string | undefined;
  let mention = false;
  const prompt = () => {
    rl.setPrompt(room ? `[group ${room}] you> ` : 'you> ');
    rl.prompt();
  };
  prompt();
  for await (const line of rl) {
    const t = line.trim();
    if (t === '/quit' || t === '/exit') break;
    if (t.startsWith('/group')) room = t.split(/\s+/)[1] ?? 'demo-group';
    else if (t === '/private') room = undefined;
    else if (t === '/mention') mention = true;
    else if (t === '/help') out.write(`${HELP}\n`);
    else {
      const r = await handle({ user: 'terminal-user', text: line, room, mention, type: 'text', admin: true, channel: 'terminal' });
      mention = false;
      for (const reply of r.replies) out.write(`\ncallguard> ${reply.replace(/\n/g, '\n           ')}\n\n`);
      if (r.replies.length === 0) out.write('(callguard stays silent)\n');
    }
    prompt();
  }
  rl.close();
}
