// What each view of the side navigation sends to the browser when it is opened (not part of the build):
// state nodes attached, property changes, UIDL bytes and round trips until the browser is idle, and the
// elements under the page's main content after it. The first view after the login (home) is not clicked: it came with the
// page. Usage: BASE_URL=… [USERS=coordinator,mch.staff] node bench/view-weight.mjs   (tab-separated, one line per view)
import { launchChromium, logIn, vaadinIdle, sleep } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const USERS = (process.env.USERS ?? 'coordinator,mch.staff,association,viewer,admin').split(',');
const browser = await launchChromium();
console.log(['user', 'view', 'round trips', 'nodes attached', 'other changes', 'executes', 'UIDL bytes', 'DOM elements'].join('\t'));
try {
  for (const user of USERS) {
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await ctx.newPage();
    let acc = null;
    page.on('response', async (r) => {
      if (!r.url().includes('v-r=uidl') || !acc) return;
      try {
        const text = await r.text();
        const json = JSON.parse(text.replace(/^for\(;;\);\[/, '').replace(/\]$/, ''));
        acc.trips++;
        acc.bytes += text.length;
        for (const c of json.changes ?? []) {
          if (c.type === 'attach') acc.attach++;
          else acc.other++;
        }
        acc.execute += (json.execute ?? []).length;
      } catch { /* a response without UIDL */ }
    });
    await logIn(page, BASE, user, process.env.DEMO_PASSWORD ?? 'Demo-2024-pass', 'home');
    const paths = await page.locator('vaadin-side-nav-item[path]').evaluateAll((els) => els.map((e) => e.getAttribute('path')));
    for (const path of paths.filter((p) => p !== '')) {
      acc = { trips: 0, bytes: 0, attach: 0, other: 0, execute: 0 };
      await page.locator(`vaadin-side-nav-item[path="${path}"]`).first().click();
      await page.waitForURL((u) => new URL(u).pathname === '/' + path, { timeout: 30000 });
      await vaadinIdle(page);
      await sleep(300);
      const dom = await page.evaluate(() => document.querySelectorAll('main *, vaadin-app-layout > :not([slot]) *').length);
      console.log([user, path, acc.trips, acc.attach, acc.other, acc.execute, acc.bytes, dom].join('\t'));
    }
    await ctx.close();
  }
} finally {
  await browser.close();
}
