// The drawer's navigation in Chromium (not part of the build): a coordinator sees the areas with icons, clicks an
// entry and the view changes without a page load, the entry is marked current, an area collapses, the browser's
// back button returns, and in English the labels are English. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/side-nav-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage();
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', e => problems.push(String(e)));
  let loads = 0;
  page.on('load', () => loads++);
  await logIn(page, BASE, 'coordinator', PASSWORD, 'home');
  await page.screenshot({ path: join(OUT, 'n1-home.png') });
  const items = await page.evaluate(() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => ({
    path: i.getAttribute('path'), label: i.textContent.trim(), icon: !!i.querySelector('vaadin-icon[slot=prefix]'), current: i.current })));
  console.log('entries:', items.length, 'with icons:', items.filter(i => i.icon).length, 'current:', items.filter(i => i.current).map(i => i.label).join(','));
  console.log('areas:', await page.evaluate(() => [...document.querySelectorAll('vaadin-side-nav')].map(n => n.querySelector('[slot=label]')?.textContent ?? '(workspace)').join(' | ')));
  const before = loads;
  await page.locator('vaadin-side-nav-item[path="tasks"]').click();
  await vaadinIdle(page);
  console.log('after click: url', new URL(page.url()).pathname, 'page loads', loads - before,
    'current:', await page.evaluate(() => [...document.querySelectorAll('vaadin-side-nav-item')].filter(i => i.current).map(i => i.textContent.trim()).join(',')));
  await page.screenshot({ path: join(OUT, 'n2-tasks.png') });
  await page.locator('vaadin-side-nav[collapsible]').last().locator('[part="label"]').click();
  await page.waitForTimeout(300);
  console.log('administration collapsed:', await page.evaluate(() => [...document.querySelectorAll('vaadin-side-nav[collapsible]')].pop().collapsed));
  await page.screenshot({ path: join(OUT, 'n3-collapsed.png') });
  await page.goBack();
  await vaadinIdle(page);
  console.log('back: url', new URL(page.url()).pathname, 'page loads', loads - before);
  await page.locator('vaadin-select').filter({ hasText: '中文' }).click();
  await page.locator('vaadin-select-item').filter({ hasText: 'English' }).click();
  await page.waitForTimeout(1500);
  await vaadinIdle(page);
  console.log('in English:', await page.evaluate(() => [...document.querySelectorAll('vaadin-side-nav-item')].slice(0, 5).map(i => i.textContent.trim()).join(', ')));
  await page.screenshot({ path: join(OUT, 'n4-english.png') });
  console.log('console errors:', problems.length ? problems.join(' / ') : 'none');
} finally {
  await browser.close();
}
