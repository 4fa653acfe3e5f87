// The chain of answers a person waits for when opening the login page and logging in (docs/benchmarks.md,
// "Ninth round" and "Tenth round"): every request Chromium sends, when it was sent and answered (ms from the
// step's start), whether the browser's cache answered it, and the request whose answer started it.
//   BASE_URL=http://127.0.0.1:8190 node bench/page-chain.mjs
// Environment: BASE_URL (required), DEMO_USER (coordinator), DEMO_PASSWORD, LATENCY_MS (added to every answer
// by Chromium's network emulation), CHROMIUM.
import { addLatency, launchChromium, logIn } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
if (!BASE) throw new Error('BASE_URL is required');
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
const browser = await launchChromium();
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await addLatency(cdp, LATENCY_MS);
const requests = [];
const byId = new Map();
const name = (url) => url.replace(BASE, '').replace(/-[\w-]{8}\.js$/, '-*.js').slice(0, 70);
// Chromium's loadingFinished carries a monotonic timestamp only: `clock` anchors it to the wall clock, from
// requestWillBeSent, which carries both.
cdp.on('Network.requestWillBeSent', (e) => {
  const r = { url: name(e.request.url), method: e.request.method, sent: e.wallTime * 1000,
    clock: e.wallTime - e.timestamp,
    by: e.initiator.type === 'script' ? name(e.initiator.stack?.callFrames?.[0]?.url ?? 'script')
      : e.initiator.type === 'parser' ? name(e.initiator.url ?? 'page') : e.initiator.type };
  byId.set(e.requestId, r);
  requests.push(r);
});
cdp.on('Network.requestServedFromCache', (e) => { const r = byId.get(e.requestId); if (r) r.cached = true; });
cdp.on('Network.responseReceived', (e) => {
  const r = byId.get(e.requestId);
  if (r) { r.status = e.response.status; if (e.response.fromDiskCache) r.cached = true; }
});
cdp.on('Network.loadingFinished', (e) => {
  const r = byId.get(e.requestId);
  if (r) r.answered = (e.timestamp + r.clock) * 1000;
});

const stepStart = Date.now();
const times = await logIn(page, BASE, process.env.DEMO_USER ?? 'coordinator',
  process.env.DEMO_PASSWORD ?? 'Demo-2024-pass', 'home');
const loginAt = stepStart + times.loginPage;
console.log(`login page ${times.loginPage} ms, login ${times.login} ms${LATENCY_MS ? `, ${LATENCY_MS} ms added to every answer` : ''}`);
for (const [step, from, to] of [['login page', stepStart, loginAt], ['login', loginAt, loginAt + times.login]]) {
  console.log(`\n${step}\n| request | sent | answered | cache | started by |\n|---|---:|---:|---|---|`);
  for (const r of requests.filter((r) => r.sent >= from && r.sent < to && !r.url.startsWith('data:'))) {
    const answered = r.answered === undefined ? '' : Math.round(r.answered - from);
    console.log(`| ${r.method === 'GET' ? '' : r.method + ' '}\`${r.url}\`${r.status ? ' ' + r.status : ''} | ${Math.round(r.sent - from)} | ${answered} | ${r.cached ? 'yes' : ''} | ${r.by} |`);
  }
}
await browser.close();
