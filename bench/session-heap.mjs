// Drives Chromium (playwright-core) against a running Program Desk and measures the live heap per
// HTTP/Vaadin session with jcmd. Started by bench/session-heap.sh, which starts and stops the app.
//
// Arguments (all from the environment):
//   BASE_URL   http://127.0.0.1:<port>
//   APP_PID    pid of the app's JVM;  JCMD  path of Java 25's jcmd
//   SESSIONS   sessions per mixed batch (default 100); BATCHES (default 2)
//   WARMUP     warm-up sessions before the baseline (default 12)
//   BREAKDOWN  sessions per single-view scenario (default SESSIONS/4, 0 = skip)
//   OUT        folder for histograms and the JSON result
//   CHROMIUM   browser executable (default /usr/bin/chromium)
import { launchChromium, logIn, showView, sleep } from './vaadin-browser.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE = process.env.BASE_URL;
const PID = process.env.APP_PID;
const JCMD = process.env.JCMD;
const N = Number(process.env.SESSIONS ?? 100);
const BATCHES = Number(process.env.BATCHES ?? 2);
const WARMUP = Number(process.env.WARMUP ?? 12);
const BREAKDOWN = Number(process.env.BREAKDOWN ?? Math.round(N / 4));
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
if (!BASE || !PID || !JCMD) throw new Error('BASE_URL, APP_PID and JCMD are required');
mkdirSync(OUT, { recursive: true });

const MIX = [
  { user: 'admin', views: ['home', 'institutions', 'users', 'audit'] },
  { user: 'coordinator', views: ['home', 'programs', 'calendar', 'tasks', 'findings', 'dashboard'] },
  { user: 'mch.staff', views: ['home', 'myTasks', 'corrections', 'calendar', 'reports'] },
  { user: 'viewer', views: ['home', 'programs', 'calendar', 'teams', 'dashboard'] },
];
// Single-view scenarios (admin): what a session parked on one view costs.
const BREAKDOWN_SCENARIOS = [
  { name: 'login page only (anonymous)', user: null, views: [] },
  { name: 'admin: home', user: 'admin', views: ['home'] },
  { name: 'admin: home -> institutions', user: 'admin', views: ['home', 'institutions'] },
  { name: 'admin: home -> users', user: 'admin', views: ['home', 'users'] },
  { name: 'admin: home -> audit', user: 'admin', views: ['home', 'audit'] },
  { name: 'admin: all 4 views, tab closed', user: 'admin', views: ['home', 'institutions', 'users', 'audit'], closeTab: true },
  { name: 'coordinator: home -> calendar (month)', user: 'coordinator', views: ['home', 'calendar'] },
  { name: 'coordinator: home -> tasks', user: 'coordinator', views: ['home', 'tasks'] },
  { name: 'mch.staff: home -> my tasks', user: 'mch.staff', views: ['home', 'myTasks'] },
  { name: 'coordinator: home -> findings', user: 'coordinator', views: ['home', 'findings'] },
  { name: 'mch.staff: home -> corrections', user: 'mch.staff', views: ['home', 'corrections'] },
  { name: 'viewer: home -> teams', user: 'viewer', views: ['home', 'teams'] },
  { name: 'mch.staff: home -> reports', user: 'mch.staff', views: ['home', 'reports'] },
  { name: 'coordinator: home -> dashboard', user: 'coordinator', views: ['home', 'dashboard'] },
];

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s]`, ...a);

// ---------- heap ----------
const jcmd = (...args) => execFileSync(JCMD, [PID, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });

function parseHistogram(text) {
  const classes = new Map();
  let total = null, instances = null;
  for (const line of text.split('\n')) {
    let m = line.match(/^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/);
    if (m) { classes.set(m[3], { instances: Number(m[1]), bytes: Number(m[2]) }); continue; }
    m = line.match(/^Total\s+(\d+)\s+(\d+)/);
    if (m) { instances = Number(m[1]); total = Number(m[2]); }
  }
  if (total === null) throw new Error('no Total line in class histogram:\n' + text.slice(0, 500));
  return { total, instances, classes };
}

const COUNTED = {
  httpSessions: 'org.apache.catalina.session.StandardSession',
  vaadinSessions: /^com\.vaadin\.flow\.(spring\.Spring)?VaadinSession$|^com\.vaadin\.flow\.server\.VaadinSession$/,
  uis: 'com.vaadin.flow.component.UI',
};
function count(h, key) {
  const c = COUNTED[key];
  let n = 0;
  for (const [name, v] of h.classes) if (typeof c === 'string' ? name === c : c.test(name)) n += v.instances;
  return n;
}

const measurements = [];
async function measure(label) {
  // Two explicit full GCs, a pause for reference processing / cleaners, then the live histogram
  // (GC.class_histogram without -all runs a full GC itself and counts reachable objects only).
  jcmd('GC.run'); await sleep(1000);
  jcmd('GC.run'); await sleep(1000);
  const text = jcmd('GC.class_histogram');
  writeFileSync(join(OUT, `histogram-${measurements.length}.txt`), text);
  const heapInfo = jcmd('GC.heap_info');
  const used = heapInfo.match(/used (\d+)K/);
  const h = parseHistogram(text);
  const m = {
    label, at: Date.now() - t0, liveBytes: h.total, liveInstances: h.instances,
    usedAfterGcKB: used ? Number(used[1]) : null,
    httpSessions: count(h, 'httpSessions'), vaadinSessions: count(h, 'vaadinSessions'), uis: count(h, 'uis'),
    classes: h.classes,
  };
  measurements.push(m);
  log(`heap ${label}: live ${(h.total / 1048576).toFixed(2)} MiB, used after GC ${m.usedAfterGcKB} KiB, ` +
    `HTTP sessions ${m.httpSessions}, Vaadin sessions ${m.vaadinSessions}, UIs ${m.uis}`);
  return m;
}

// ---------- browser ----------
const browser = await launchChromium();

// One simulated user: a fresh context (own cookie jar = own HTTP session), the login page, the
// login, then the views by clicking the side navigation (client-side routing in one tab, as a
// person would). The context is closed afterwards; the server keeps the session (30 min timeout)
// and its UIs (closed only when that session sends another request after heartbeat expiry).
// Closing a tab normally makes Flow's client tell the server (a beacon on page hide), which
// removes the UI at once. An active user keeps the tab open, so by default the context goes
// offline first: the server then holds exactly what it holds for an open, idle tab, without
// Chromium keeping hundreds of tabs alive. closeTab = true measures a closed tab instead.
async function runSession(user, views, closeTab = false) {
  const ctx = await browser.newContext({ locale: 'zh-CN' });
  const page = await ctx.newPage();
  const times = {};
  try {
    Object.assign(times, await logIn(page, BASE, user, PASSWORD, views[0]));
    if (user) {
      for (const view of views.slice(1)) {
        const start = Date.now();
        await showView(page, view, false);
        times[view] = Date.now() - start;
      }
    }
  } finally {
    if (!closeTab) await ctx.setOffline(true);
    await ctx.close();
  }
  times.total = Object.values(times).reduce((a, b) => a + b, 0);
  return times;
}

async function runBatch(label, plans) {
  log(`${label}: ${plans.length} sessions`);
  const results = [];
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const times = await runSession(p.user, p.views, p.closeTab);
    results.push({ user: p.user, views: p.views, times });
    if ((i + 1) % 25 === 0) log(`  ${i + 1}/${plans.length}`);
  }
  return results;
}

const mixPlans = (n) => Array.from({ length: n }, (_, i) => MIX[i % MIX.length]);

// ---------- run ----------
const timings = [];
await runBatch('warm-up', mixPlans(WARMUP).concat(BREAKDOWN > 0 ? BREAKDOWN_SCENARIOS : []));
const baseline0 = await measure('baseline');
await sleep(5000);
const baseline = await measure('baseline again (noise check)');
let prev = baseline;
const batches = [];
for (let b = 1; b <= BATCHES; b++) {
  const res = await runBatch(`mixed batch ${b}`, mixPlans(N));
  timings.push(...res);
  const m = await measure(`after mixed batch ${b}`);
  batches.push({ label: `mixed batch ${b}`, n: N, before: prev, after: m });
  prev = m;
}
const mixEnd = prev;
const breakdown = [];
if (BREAKDOWN > 0) {
  for (const s of BREAKDOWN_SCENARIOS) {
    const res = await runBatch(s.name, Array.from({ length: BREAKDOWN }, () => s));
    timings.push(...res.map((r) => ({ ...r, scenario: s.name })));
    const m = await measure(`after ${s.name}`);
    breakdown.push({ label: s.name, n: BREAKDOWN, before: prev, after: m });
    prev = m;
  }
}
await browser.close();
const elapsedMin = (Date.now() - t0) / 60000;

// ---------- report ----------
const kB = (b) => (b / 1000).toFixed(1);
const perSession = (x) => (x.after.liveBytes - x.before.liveBytes) / x.n;
const lines = [];
const say = (s = '') => { lines.push(s); console.log(s); };
say();
say(`== Heap per session (live objects after full GC, GC.class_histogram; 1 kB = 1000 bytes) ==`);
say(`baseline: ${baseline0.liveBytes} B, again after 5 s: ${baseline.liveBytes} B (drift ${baseline.liveBytes - baseline0.liveBytes} B)`);
const row = (x) => `${x.label.padEnd(32)} N=${String(x.n).padStart(4)}  before ${String(x.before.liveBytes).padStart(11)} B  after ${String(x.after.liveBytes).padStart(11)} B  ` +
  `delta ${String(x.after.liveBytes - x.before.liveBytes).padStart(10)} B  per session ${kB(perSession(x)).padStart(7)} kB  ` +
  `(+HTTP sessions ${x.after.httpSessions - x.before.httpSessions}, +UIs ${x.after.uis - x.before.uis})`;
for (const x of batches) say(row(x));
const allMix = { label: `mixed, all ${BATCHES} batches`, n: N * BATCHES, before: baseline, after: mixEnd };
say(row(allMix));
if (breakdown.length) {
  say();
  say('Breakdown (one tab, client-side navigation; the last view stays attached unless the tab is closed):');
  for (const x of breakdown) say(row(x));
}

const pct = (arr, p) => { const s = [...arr].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const stat = (arr) => arr.length ? `p50 ${pct(arr, 50)} ms, p95 ${pct(arr, 95)} ms (n=${arr.length})` : 'n/a';
say();
say('Client-side times, ONE sequential headless client on the same 2-core machine (not a load test):');
const mixT = timings.filter((t) => !t.scenario);
say(`  mixed sessions, login page + login + all views: ${stat(mixT.map((t) => t.times.total))}`);
say(`  login page (GET /login until idle):            ${stat(timings.map((t) => t.times.loginPage))}`);
say(`  login (submit until home rendered):            ${stat(timings.filter((t) => t.times.login).map((t) => t.times.login))}`);
for (const v of ['institutions', 'users', 'audit', 'programs', 'calendar', 'tasks', 'myTasks']) {
  say(`  navigate to ${v.padEnd(13)}                     ${stat(timings.filter((t) => t.times[v]).map((t) => t.times[v]))}`);
}
for (const m of MIX) {
  const own = mixT.filter((t) => t.user === m.user).map((t) => t.times.total);
  say(`  ${m.user.padEnd(12)} (${m.views.join(', ')}): ${stat(own)}`);
}

say();
say(`Top classes by live-byte growth over all mixed sessions (per session, ${N * BATCHES} sessions):`);
const diff = [];
for (const [name, a] of mixEnd.classes) {
  const b = baseline.classes.get(name) ?? { instances: 0, bytes: 0 };
  diff.push({ name, bytes: a.bytes - b.bytes, instances: a.instances - b.instances });
}
diff.sort((x, y) => y.bytes - x.bytes);
for (const d of diff.slice(0, 20)) {
  say(`  ${kB(d.bytes / (N * BATCHES)).padStart(7)} kB  ${(d.instances / (N * BATCHES)).toFixed(1).padStart(8)} objects  ${d.name}`);
}
say();
say(`elapsed ${elapsedMin.toFixed(1)} min` + (elapsedMin > 25 ? '  WARNING: near the 30 min session timeout; early sessions may have expired' : ''));

const strip = (m) => { const { classes, ...rest } = m; return rest; };
writeFileSync(join(OUT, 'result.json'), JSON.stringify({
  base: BASE, sessionsPerBatch: N, batches: batches.map((x) => ({ ...x, before: strip(x.before), after: strip(x.after), perSessionBytes: perSession(x) })),
  breakdown: breakdown.map((x) => ({ ...x, before: strip(x.before), after: strip(x.after), perSessionBytes: perSession(x) })),
  measurements: measurements.map(strip), timings, topGrowth: diff.slice(0, 50),
}, null, 2));
writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
