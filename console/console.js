// The operator console's page: Web Chat (its prebuilt bundle, window.WebChat) talks to the bot
// over the console's Direct Line endpoint; the other panes read the console's JSON API. Text from
// the bot or from people is only ever set as textContent; the pictures are SVG the server drew.
'use strict';

const token = new URLSearchParams(location.search).get('token') || 'local';
const headers = { Authorization: `Bearer ${token}` };
const $ = (id) => document.getElementById(id);

async function api(path, init = {}) {
  const res = await fetch(path, { ...init, headers: { ...headers, ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `${res.status}`);
  return body;
}

function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const pct = (x) => `${Math.round(x * 100)}%`;
const list = (xs) => (xs && xs.length ? xs.join(', ') : '—');
const deeds = (rec) => list(Object.entries(rec || {}).map(([d, s]) => `${d}: ${s}`));

// ---- the inspector: one entry per turn, from the event that follows the turn's replies ----

function showTurn(v) {
  const li = el('li');
  li.dataset.turn = String(v.turn);
  const details = el('details');
  details.open = true;
  const summary = el('summary');
  const n = v.nlu;
  summary.append(el('span', `#${v.turn}`, 'turn-number'));
  summary.append(el('strong', v.error ? 'turn failed' : (v.intent || (n ? `fallback (top: ${n.topIntent})` : 'no intent'))));
  if (n) summary.append(el('span', pct(n.confidence), 'badge confidence'));
  if (v.risk) summary.append(el('span', `risk ${v.risk}`, `badge risk-${v.risk}`));
  if (v.scamType) summary.append(el('span', v.scamType, 'badge scam-type'));
  if (v.urgent) summary.append(el('span', 'urgent', 'badge urgent'));
  details.append(summary);

  const dl = el('dl');
  const row = (term, value) => {
    dl.append(el('dt', term), el('dd', value));
  };
  if (v.error) row('error', v.error);
  if (n) {
    row('intent', `${n.topIntent} ${pct(n.confidence)}${n.intent === null ? ' (below the threshold: fallback)' : ''}`);
    row('next intents', list(n.alternatives.map((a) => `${a.label} ${pct(a.value)}`)));
    row('language', n.lang || '—');
    row('scam type guess', n.scamTypeGuess ? `${n.scamTypeGuess.id} ${pct(n.scamTypeGuess.confidence)}` : '—');
    row('red flags, this message', list(n.flags));
    row('deeds, this message', list(n.deeds.map((d) => `${d.deed}: ${d.state} ${pct(d.confidence)}`)));
    const e = n.entities;
    row('entities', list([
      ...e.numbers.map((x) => `number ${x.display} (${x.kind})`),
      ...e.amounts.map((a) => `amount ¥${a}`),
      ...(e.callerName ? [`caller's name ${e.callerName}`] : []),
      ...(e.jobNumber ? [`job number ${e.jobNumber}`] : []),
      ...e.secrets.map((s) => `own secret: ${s} (not kept)`),
    ]));
  }
  if (v.case) {
    row('red flags, case', list(v.case.flags));
    row('deeds, case', deeds(v.case.deeds));
    row('slots answered', list(v.case.answered));
    row('slots asked', list(v.case.asked));
    row('pending question', v.case.pending || '—');
    row('emergency', v.case.emergency ? 'open' : 'no');
  }
  row('scam type', v.scamType || '—');
  row('risk', v.risk || '—');
  row('responses', list(v.responses));
  details.append(dl);
  li.append(details);
  // Only the newest entry stays open: the pane reads like a log.
  for (const d of $('turns').querySelectorAll('details')) d.open = false;
  $('turns').prepend(li);
}

// ---- the chat pane: Web Chat over the console's Direct Line endpoint ----

const store = window.WebChat.createStore({}, () => (next) => (action) => {
  if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
    const a = action.payload.activity;
    if (a.type === 'event' && a.name === 'callguard.turn') {
      showTurn(a.value);
      void refreshStats();
    }
  }
  return next(action);
});

window.WebChat.renderWebChat(
  {
    directLine: window.WebChat.createDirectLine({ token, domain: `${location.origin}/v3/directline`, webSocket: false, pollingInterval: 300 }),
    store,
    userID: 'operator',
    username: 'operator',
    locale: 'zh-CN',
    styleOptions: { hideUploadButton: true, botAvatarInitials: 'CG', userAvatarInitials: 'OP', bubbleMaxWidth: 520 },
  },
  $('webchat'),
);

// ---- content, NLU report, stats ----

let shownHash = null;

async function refreshOverview() {
  const o = await api('/api/overview');
  // New content: the NLU report may now be out of date, and says so.
  if (shownHash !== null && o.content.hash !== shownHash) void refreshNlu().catch(report('nlu-line'));
  shownHash = o.content.hash;
  $('content-line').textContent = `content ${o.content.hash} · ${o.content.intents} intents, ${o.content.examples} examples, ${o.content.scamTypes.length} scam types`;
  $('reload-line').textContent = o.reload === 'watching'
    ? `Edits to dialogs/ and intents/ go live by themselves.${o.lastCheck ? ` Last check ${o.lastCheck.at}: ${o.lastCheck.status}.` : ''}`
    : 'Content reload is off (CONTENT_RELOAD=false): restart the bot to load edits.';
  $('check').hidden = o.reload !== 'watching';
  const issues = $('issues');
  issues.replaceChildren(...(o.issues.length ? o.issues.map((i) => el('li', i, 'problem')) : [el('li', 'none: the files load', 'ok')]));
  $('scam-types').replaceChildren(...o.content.scamTypes.map((t) => {
    const li = el('li', `${t.id} — ${t.name.zh} / ${t.name.en}`);
    li.dataset.id = t.id;
    return li;
  }));
}

async function refreshNlu() {
  const r = await api('/api/nlu');
  if (r.status !== 'ok') {
    $('nlu-line').textContent = r.status === 'missing' ? `No report yet: run ${r.command}` : `${r.problem}; run ${r.command}`;
    $('intent-matrix').replaceChildren();
    $('scam-matrix').replaceChildren();
    return;
  }
  const weak = r.intents.weakest.map((w) => `${w.label} F1 ${w.f1}`).join(', ');
  $('nlu-line').textContent = [
    `Intents: accuracy ${r.intents.accuracy}, macro-F1 ${r.intents.macroF1}, calibration error ${r.intents.ece} over ${r.intents.examples} examples (weakest: ${weak}).`,
    `Scam types: accuracy ${r.scamTypes.accuracy}, macro-F1 ${r.scamTypes.macroF1}.`,
    r.deeds ? `Deeds: urgent recall ${r.deeds.recall}, false urgent ${r.deeds.falseUrgent}.` : '',
    r.flags ? `Red flags: precision ${r.flags.precision}, recall ${r.flags.recall}.` : '',
    `Written ${r.writtenAt} for content ${r.content}${r.stale ? ` — the content changed since: run ${r.command}` : ''}.`,
  ].join(' ');
  $('intent-matrix').innerHTML = r.intents.picture;
  $('scam-matrix').innerHTML = r.scamTypes.picture;
}

async function refreshStats() {
  const s = await api(`/api/stats?days=${$('days').value}`);
  $('stats-line').textContent = `Since ${s.since}: ${s.turns} turns, ${s.urgentConversations} conversations in an emergency, ${s.groupsActive} groups active, ${s.disputes} verdicts disputed.`;
  $('by-day').innerHTML = s.charts.byDay;
  $('by-scam-type').innerHTML = s.charts.byScamType;
  $('by-risk').innerHTML = s.charts.byRisk;
  $('by-channel').innerHTML = s.charts.byChannel;
  $('unrecognised').tBodies[0].replaceChildren(...s.unrecognised.map((u) => {
    const tr = el('tr');
    tr.append(el('td', String(u.count)), el('td', u.text), el('td', u.lastAt));
    return tr;
  }));
}

function report(pane) {
  return (e) => {
    $(pane).textContent = `Could not load: ${e.message}`;
  };
}

$('check').addEventListener('click', () => {
  $('check').disabled = true;
  api('/api/reload', { method: 'POST', body: '{}' })
    .then(() => Promise.all([refreshOverview(), refreshNlu()]))
    .catch(report('reload-line'))
    .finally(() => ($('check').disabled = false));
});
$('days').addEventListener('change', () => void refreshStats().catch(report('stats-line')));

void refreshOverview().catch(report('content-line'));
void refreshNlu().catch(report('nlu-line'));
void refreshStats().catch(report('stats-line'));
// A reload happens when an operator saves a file: the content pane follows it.
setInterval(() => void refreshOverview().catch(report('content-line')), 3000);
