#!/usr/bin/env python3
"""Write WRITER.md from the generated files."""
import json, collections
from personas import PERSONAS
from make_deeds import D
deeds = json.load(open("deeds.json", encoding="utf-8"))
conv = json.load(open("conversations.json", encoding="utf-8"))
c = collections.Counter((o["lang"], o["urgent"]) for o in deeds)
per = collections.defaultdict(lambda: [0, 0])
for p, _l, u, _t, _w in D:
    per[p][0 if u else 1] += 1
L = []
L.append("# Round 11 blind test set: writer's notes\n")
L.append("## What I read\n")
L.append("Only these: `/work/shared/knowledge/scams.md`, `/work/shared/contract.md`, `/work/shared/eval/README.md`, "
         "`/work/shared/eval/converse.py`, and `/work/shared/eval/dev-scenarios.json`, which I opened only to see its keys "
         "(scenario keys id/tags/turns/expect; which turn keys and expect keys it uses). I copied no text from it. I did not open or run "
         "the bot, and I read nothing under /work/main, /work/.library, /work/.mirror or elsewhere in /tmp.\n")
L.append("## Files (all in /tmp/round11/)\n")
L.append("| file | what |\n|---|---|")
L.append("| `deeds.json` | 200 single messages `{id, text, lang, urgent, note}`, ids r11d-001..200 |")
L.append("| `conversations.json` | 30 multi-turn scenarios in converse.py format, ids r11c-NN-slug |")
L.append("| `personas.py` | persona table |")
L.append("| `make_deeds.py` | all 200 messages with labels and reasons; asserts 100/100, no duplicate texts, every persona has both labels |")
L.append("| `make_conversations.py` | scenarios, plus the forbidden-request `nomatch` regexes, self-tested against phrases that should trip and phrases that must not |")
L.append("| `selfcheck.py` | feeds converse.py's own `check()` canned replies (no bot involved) to make sure the expects are well formed |")
L.append("| `make_writer.py` | writes this file |\n")
L.append("To run: `python3 /work/shared/eval/converse.py /tmp/round11/conversations.json` from the bot's root. For deeds.json, "
         "send each `text` as its own conversation (one user id per message) and compare the output's `urgent` with the label.\n")
L.append("## deeds.json counts (lang × label)\n")
L.append("| lang | urgent TRUE | urgent FALSE | total |\n|---|---|---|---|")
for lang in ("zh", "en", "mixed", "yue", "hant"):
    L.append(f"| {lang} | {c[(lang, True)]} | {c[(lang, False)]} | {c[(lang, True)] + c[(lang, False)]} |")
L.append(f"| **all** | {sum(o['urgent'] for o in deeds)} | {sum(not o['urgent'] for o in deeds)} | {len(deeds)} |\n")
L.append("`yue` means written Cantonese (HK personas use Traditional characters, Guangzhou personas Simplified). `hant` means written "
         "Standard Chinese in Traditional characters (Taiwan, or formal Hong Kong style). `mixed` means zh-en code-switching.\n")
L.append("## Personas (30; each writes both TRUE and FALSE)\n")
L.append("| id | name | who / style | lang | TRUE | FALSE |\n|---|---|---|---|---|---|")
for p, (name, desc, lang) in PERSONAS.items():
    L.append(f"| {p} | {name} | {desc} | {lang} | {per[p][0]} | {per[p][1]} |")
L.append("")
L.append("## Labelling rules for deeds.json\n")
L.append("""- **One final state.** The label describes where things stand at the end of the message. \"He asked for the code, I refused\" is FALSE; \"at first I refused, then I read it out\" would be TRUE.
- **TRUE (urgent)**: the writer, or a family member they are writing for (parent, grandparent, spouse, child; in one case a helper writing for her employer's elderly mother), has already handed a suspicious caller or contact: money (transfer, deposit, fee, top-up, ATM operation done on instructions), a verification code / OTP, a password or PIN, a card number with CVV, a shared screen, a remote or meeting app that was installed *and opened*, a login done while the caller watched, an ID photo, or a face scan. A deed counts even if it has stopped (screen share closed after 10 minutes) or if the account seems untouched so far.
- **Told indirectly still counts**: by its consequence (\"钱包里的钱没了\", \"He can see my phone now.\"), at the end of a long story, after the request (\"他喊我交保证金…我交了\"), with the code pasted in, via voice-to-text with no punctuation, with pinyin typos.
- **FALSE**: asked but refused; nothing given but the caller knew data (name, ID number); about to or planned for tomorrow; stopped in time by a bank clerk or relative; hypotheticals and questions (\"what if I already paid\", \"要不要给他\"); someone else's loss (neighbour, colleague, friend of a friend, news, a WeChat group); ordinary payments to real parties (rent to the usual landlord, school fees, hospital window, utilities); money coming IN (refund inside the platform, a buyer's payment); a code typed into one's own bank app for one's own login; an app installed then deleted unopened; an old loss already reported to the police long ago, with any new \"recovery\" offer refused; a bank fraud alert checked by calling the number on the card; a relative's real request verified by calling back on the known number.
- **Not yet is not urgent**, however scary the call: the clear-scam-not-yet-lost messages are FALSE here (they should be rated risky, but `urgent` is about a deed already done).
- **Money coming in is no deed.**
- I did not count giving only a name, or only the ID number by voice, as a deed (the contract's urgent flag names money, codes, passwords and card details). Where an ID number was given I added a clearer deed (password, card details, photo) or put it on the FALSE side as \"caller knew it\".
""")
L.append("## conversations.json\n")
bycat = collections.Counter(next(t for t in s["tags"] if t in ("loss", "scam", "legit", "question")) for s in conv)
bylang = collections.Counter(next(t for t in s["tags"] if t in ("zh", "en", "mixed", "yue", "hant")) for s in conv)
L.append(f"30 scenarios, 2 or 3 turns each. By kind: {dict(bycat)}. By language: {dict(bylang)}.\n")
L.append("""converse.py supports these expect keys: silent, risk, notRisk, scamType, urgent, match, nomatch, english, maxChars, maxLines. I used urgent, risk, notRisk, scamType, match, nomatch, english and silent. A turn's `expect` is checked against that turn's replies and that turn's output fields; the scenario's `expect` against all replies joined and the last turn's fields. converse.py documents `lang` as zh|en|mixed, so Cantonese and Traditional scenarios carry `lang: "zh"` plus a `yue` / `hant` tag. converse.py itself ignores `lang`.

- **loss (10)**: something is gone in turn 1, or in turn 2 after a turn that is only a claim (where that earlier turn expects `urgent: false`). Follow-ups (\"接下来咋弄\", \"他又让我再转一笔\", \"俺儿子说没事吧？\", \"要不要报警？\", \"what do I do now\"). Expect `urgent: true` on every turn from the reveal on. Advice regexes, loose, from scams.md's steps: money sent → `110|止付|stop.?pay|冻结|凍結|freez`; code/password/card given → bank, freeze, report lost, change password; asked to pay more → some \"don't / stop\" word; \"要不要报警\" → 110 / police words; pulled into a group → leave / don't.
- **scam (8)**: police, procuratorate, 网信办 (video call, Haikou, transcript), Taobao refund with screen share, 京东金条 loan/credit record, stock \"teacher\", fake son on a new WeChat, fake boss. Expect `risk: high`, `urgent: false`, and the contract's scamType id.
- **legit (6)**: a real courier, a dental clinic, a 派出所 call about a found wallet (come in person, nothing asked), a bank alert checked through the card's number, a group member forwarding a police notice then another member @-mentioning the bot, a real area-code + 96110 warning call. Expect `notRisk: [high]`, `urgent: false`.
- **question (6)**: what 96110 is / whether to answer it / how to spot a fake one; whether 网信办 calls individuals; how to report (turn 2 asks for a Shanghai number and must not show 962110, which scams.md marks *unverified*); who are you (Cantonese); a 00852-prefixed \"police\" number plus \"he knows my ID number\"; a 12381 SMS (needs no reply).
- **Every turn and every scenario** carries the same `nomatch` list forbidding the bot from asking for an ID number, card number, password, code or CVV (zh Simplified, Traditional/Cantonese, English patterns). The script asserts these trip on requests like \"请把验证码发给我\", \"請提供你的身份證號碼\", \"Please send me your verification code\" and do *not* trip on warnings like \"不要把验证码告诉任何人\", \"请勿向任何人提供验证码\", \"唔好將驗證碼話俾任何人知\", \"Never give anyone your code\", \"Don't send me your card number\", \"记下对方的收款账户、卡号和户名\", or \"打银行卡背面的官方电话冻结银行卡、修改密码\".
""")
L.append("## Ambiguous points\n")
L.append("""- Where someone is: scams.md's advice is for mainland China (110). The Cantonese loss scenario (r11c-05) and the Traditional loss scenario (r11c-06) state the person is in Shenzhen / Shanghai; r11c-10 (Traditional) does not, so its regexes also accept 報警 / 警察. The single messages from HK/Taiwan personas carry only an urgent label, so where they are doesn't matter.
- r11d messages about remote apps: \"installed and opened\" is TRUE; \"installed, deleted unopened\" is FALSE. For example r11d-123 (P15, \"裝咗又開咗\") is TRUE and r11d-044 (P04, \"下了，还没打开…删了\") is FALSE.
- r11d-054 (P06, \"只报了名字\") and r11d-114 (mixed, \"he knows my full name and ID number\") are FALSE. They sound like leaks but nothing in the urgent set was given.
- Verified real payments (a relative, a boss verified by calling the office line) are FALSE even though money left. That rests on scams.md's counter (call back on the old number).
- r11c-03 turn 1 (screen shared *and* payment password typed during sharing) expects urgent true before the loss is confirmed in turn 2.
- r11c-02 turn 3: the code was given but the money is still there, and the son says it's fine. I expect urgent to stay true (the code is out, per the contract's definition).
- r11c-22 (bank alert verified) contains words like 可疑刷卡/擋下 and r11c-24 contains 96110 and \"targeting\"; both should stay not-high. If the bot rates the real 96110 warning high, that is arguably wrong per scams.md (\"a real 96110 call… answer it\").
- r11c-29 accepts risk high or medium at the end (a 00-prefixed \"公安局\" call); it is phrased as a question, not a report of a completed call.
- r11c-23 group: turn 1 (no mention) does not check silence; only urgent/notRisk. Turn 2 (mention) expects a reply.
- r11c-27's 962110 nomatch rests on scams.md's \"unverified today\". If an operator has since confirmed it, drop that check.
""")
open("WRITER.md", "w", encoding="utf-8").write("\n".join(L))
print("ok")
