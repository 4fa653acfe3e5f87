// A person in Chromium while the load test runs (issue 18: "a browser session during a 1,000-user
// run feels responsive"): logs in, clicks through a few views of the side navigation and times each
// click until Flow's client is idle. Then the same person opens the app again as the next morning would
// (session gone, the browser's cache kept; RETURNING=false leaves it out), and another person opens the login
// page for the first time (nothing cached; NEWCOMER=false leaves it out). Saves a screenshot with the timings
// laid over it, with how long each step waited for the server's answers (the rest is Chromium's own work);
// browser-during-load.json also lists the ten requests that waited longest.
// Run by bench/load-test.sh with BROWSER_AT=<seconds after the start of the steady phase>, or by hand:
//   BASE_URL=http://127.0.0.1:8184 OUT=target/browser node bench/browser-during-load.mjs
// Environment: BASE_URL (required), DEMO_USER (coordinator), VIEWS (home,calendar,tasks,dashboard),
// LABEL (the load, for the overlay), OUT (folder), CHROMIUM, LATENCY_MS (Chromium's network emulation adds
// this much to every answer: an idle server made to answer as slowly as a loaded one, to see how the length
// of a page's chain of answers tells).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addLatency, launchChromium, logIn, showView } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
if (!BASE) throw new Error('BASE_URL is required');
const USER = process.env.DEMO_USER ?? 'coordinator';
const VIEWS = (process.env.VIEWS ?? 'home,calendar,tasks,dashboard').split(',');
const OUT = process.env.OUT ?? '.';
const LABEL = process.env.LABEL ?? '';
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);
mkdirSync(OUT, { recursive: true });

const browser = await launchChromium();
const newPage = async () => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await watch(page, context);
  return page;
};
// When a page waited for the server: from sending each request to the end of its answer, as Chromium's
// network events say (a request answered from the browser's cache is not a wait for the server).
const waits = [];
const wallMs = (request, seconds) => (seconds + request.clock) * 1000;
const waited = (request, until) => {
  // a redirected request gets no responseReceived (its answer comes with the next hop's requestWillBeSent): it
  // counts from when it was asked for, such as the login's POST, whose answer waits for the password's hash
  const sent = request.sent ?? request.asked;
  if (sent !== undefined && !request.cached) {
    waits.push([wallMs(request, sent), wallMs(request, until), request.url.replace(BASE, '').slice(0, 60)]);
  }
};
async function watch(page, context) {
  const requests = new Map();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await addLatency(cdp, LATENCY_MS);
  cdp.on('Network.requestWillBeSent', (e) => {
    const before = requests.get(e.requestId);
    if (before && e.redirectResponse) waited(before, e.timestamp);
    requests.set(e.requestId, { url: e.request.url, clock: e.wallTime - e.timestamp, asked: e.timestamp });
  });
  cdp.on('Network.requestServedFromCache', (e) => { const r = requests.get(e.requestId); if (r) r.cached = true; });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    if (e.response.fromDiskCache || e.response.fromServiceWorker) r.cached = true;
    if (e.response.timing) r.sent = e.response.timing.requestTime + e.response.timing.sendStart / 1000;
  });
  cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) waited(r, e.timestamp); });
}
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
const stepStart = {};
const times = {};
// Opens the login page and, with a user, logs in; the two steps are timed under their names with the suffix.
async function timedLogIn(page, user, suffix) {
  const startedAt = Date.now();
  const steps = await logIn(page, BASE, user, PASSWORD, VIEWS[0]);
  stepStart['loginPage' + suffix] = startedAt;
  times['loginPage' + suffix] = steps.loginPage;
  if (user) {
    stepStart['login' + suffix] = startedAt + steps.loginPage;
    times['login' + suffix] = steps.login;
  }
}
const page = await newPage();
await timedLogIn(page, USER, '');
for (const view of VIEWS.slice(1)) {
  const start = Date.now();
  stepStart[view] = start;
  await showView(page, view, false);
  times[view] = Date.now() - start;
}
// The same person the next morning: the session is gone (cookies cleared), the browser's cache is not. Vaadin's
// scripts and the style sheets are cached for a year (their names or addresses carry their content's hash), so
// opening the app again asks the server for the page and its answers only.
if (process.env.RETURNING !== 'false') {
  await page.context().clearCookies();
  await timedLogIn(page, USER, 'Again');
}
// Another person's first visit (a browser of their own, nothing cached). The virtual users ask for no static files,
// so the first visit above was also the first time this server sent them; this one tells whether that made it slower.
if (process.env.NEWCOMER !== 'false') {
  const newcomer = await newPage();
  await timedLogIn(newcomer, null, 'Newcomer');
  await newcomer.context().close();
}
// Of each step's time, how long at least one request was waiting for the server; the rest the browser worked
// (parsing, rendering) or waited for a core.
const serverWait = Object.fromEntries(Object.entries(times).map(([step, ms]) => {
  const from = stepStart[step], to = from + ms;
  const parts = waits.map(([a, b]) => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0, end = -Infinity;
  for (const [a, b] of parts) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return [step, Math.round(total)];
}));
// The ten requests that waited longest, for where the wait goes.
const slowest = waits.map(([a, b, url]) => ({ url, ms: Math.round(b - a),
  step: Object.keys(times).findLast((step) => stepStart[step] <= a) })).sort((x, y) => y.ms - x.ms).slice(0, 10);
const when = new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const lines = [`${LABEL} · ${when} · ${USER}`,
  ...Object.entries(times).map(([step, ms]) =>
    `${step}: ${ms} ms (click to idle; waiting for the server ${serverWait[step]} ms)`)];
await page.evaluate((text) => {
  const box = document.createElement('pre');
  box.textContent = text;
  box.style.cssText = 'position:fixed;right:12px;bottom:12px;z-index:99999;margin:0;padding:8px 12px;'
    + 'background:rgba(20,20,20,.85);color:#fff;font:13px/1.5 monospace;border-radius:6px';
  document.body.appendChild(box);
}, lines.join('\n'));
await page.screenshot({ path: join(OUT, 'browser-during-load.png') });
writeFileSync(join(OUT, 'browser-during-load.json'), JSON.stringify({ when, user: USER, times, serverWait, slowest }, null, 2));
console.log(lines.join('\n'));
await browser.close();
