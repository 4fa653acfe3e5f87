// A person in Chromium while the load test runs (issue 18: "a browser session during a 1,000-user
// run feels responsive"): logs in, clicks through a few views of the side navigation, times each
// click until Flow's client is idle, and saves a screenshot of the last view with the timings laid
// over it. Run by bench/load-test.sh with BROWSER_AT=<seconds after the start of the steady phase>,
// or by hand:
//   BASE_URL=http://127.0.0.1:8184 OUT=target/browser node bench/browser-during-load.mjs
// Environment: BASE_URL (required), DEMO_USER (coordinator), VIEWS (home,calendar,tasks,dashboard),
// LABEL (the load, for the overlay), OUT (folder), CHROMIUM.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, showView } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
if (!BASE) throw new Error('BASE_URL is required');
const USER = process.env.DEMO_USER ?? 'coordinator';
const VIEWS = (process.env.VIEWS ?? 'home,calendar,tasks,dashboard').split(',');
const OUT = process.env.OUT ?? '.';
const LABEL = process.env.LABEL ?? '';
mkdirSync(OUT, { recursive: true });

const browser = await launchChromium();
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
const page = await ctx.newPage();
const times = await logIn(page, BASE, USER, process.env.DEMO_PASSWORD ?? 'Demo-2024-pass', VIEWS[0]);
for (const view of VIEWS.slice(1)) {
  const start = Date.now();
  await showView(page, view, false);
  times[view] = Date.now() - start;
}
const when = new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
const lines = [`${LABEL} · ${when} · ${USER}`,
  ...Object.entries(times).map(([step, ms]) => `${step}: ${ms} ms (click to idle)`)];
await page.evaluate((text) => {
  const box = document.createElement('pre');
  box.textContent = text;
  box.style.cssText = 'position:fixed;right:12px;bottom:12px;z-index:99999;margin:0;padding:8px 12px;'
    + 'background:rgba(20,20,20,.85);color:#fff;font:13px/1.5 monospace;border-radius:6px';
  document.body.appendChild(box);
}, lines.join('\n'));
await page.screenshot({ path: join(OUT, 'browser-during-load.png') });
writeFileSync(join(OUT, 'browser-during-load.json'), JSON.stringify({ when, user: USER, times }, null, 2));
console.log(lines.join('\n'));
await browser.close();
