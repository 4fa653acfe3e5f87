// A person in Chromium while the app node serving them is killed (issue 19, docs/operations.md):
// logs in through the load balancer, notes which node serves the session (HAProxy's SERVERID cookie),
// opens a view, kills that node with ops/cluster/kill-app, clicks on, and expects the login page of a
// live node (the session is lost with its node, nothing else); logs in again there, lands where they were,
// and opens another view. The killed node is started again at the end.
// Screenshots and timings go to OUT. Usage (cluster up): OUT=folder node ops/cluster/browser-failover.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, logIn, showView, vaadinIdle } from '../../bench/vaadin-browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8280';
const OUT = process.env.OUT ?? '.';
const USER = process.env.DEMO_USER ?? 'coordinator';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });

const browser = await launchChromium();
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
const page = await ctx.newPage();
const result = { user: USER, times: {} };
const node = async () => (await ctx.cookies()).find((c) => c.name === 'SERVERID')?.value;
try {
  Object.assign(result.times, await logIn(page, BASE, USER, PASSWORD, 'home'));
  await showView(page, 'tasks');
  result.servedBy = await node();
  await page.screenshot({ path: join(OUT, 'failover-1-before.png') });
  execFileSync(join(HERE, 'kill-app'), [String(result.servedBy).replace(/\D/g, '')], { stdio: 'inherit' });

  let start = Date.now();
  await page.locator('vaadin-side-nav-item[path="calendar"]').click();
  await page.locator('input[name="username"]').waitFor({ timeout: 60000 });
  await vaadinIdle(page);
  result.times.backToLogin = Date.now() - start;
  result.afterKill = await node();
  await page.screenshot({ path: join(OUT, 'failover-2-login.png') });

  start = Date.now();
  await page.locator('input[name="username"]').fill(USER);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => new URL(u).pathname !== '/login', { timeout: 30000 });
  await page.locator('vaadin-side-nav-item[path="calendar"]').waitFor({ timeout: 30000 });
  await vaadinIdle(page);
  result.landedOn = new URL(page.url()).pathname; // the page the person was on when the node died
  await showView(page, 'calendar');
  result.times.loginAgainAndCalendar = Date.now() - start;
  result.servedAfter = await node();
  await page.screenshot({ path: join(OUT, 'failover-3-after.png') });
  result.ok = result.servedAfter !== undefined && result.servedAfter !== result.servedBy;
} catch (e) {
  result.error = String(e);
  await page.screenshot({ path: join(OUT, 'failover-error.png') }).catch(() => {});
} finally {
  await browser.close();
  if (result.servedBy) execFileSync(join(HERE, 'start-app'), [String(result.servedBy).replace(/\D/g, '')], { stdio: 'inherit' });
}
writeFileSync(join(OUT, 'failover.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
