// Issue 21's trainings in Chromium (not part of the build): the sign-in page opens without an account on a
// 375 × 812 phone screen, refuses a forged code with its message and needs no horizontal scrolling; the organiser's
// 培训管理 lists the demo training. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/training-phone-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const phone = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(`${BASE}/sign-in/forged-code-0123456789`);
  await vaadinIdle(phone);
  await phone.screenshot({ path: join(OUT, 't1-phone-sign-in-forged.png'), fullPage: true });
  const text = await phone.locator('body').innerText();
  console.log('on the login page instead:', phone.url().includes('/login'));
  console.log('forged code refused:', text.includes('签到二维码无效或已失效'));
  console.log('horizontal scrolling needed:', await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth));

  const desk = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage();
  await logIn(desk, BASE, 'coordinator', PASSWORD, 'home');
  await desk.goto(`${BASE}/trainings`);
  await vaadinIdle(desk);
  // the demo's training lies in the pilot year: look through the years the page offers
  let found = null;
  for (const year of ['2026', '2025', '2024', '2023']) {
    await desk.locator('vaadin-select').last().click();
    const option = desk.getByRole('option', { name: year, exact: true });
    await option.first().waitFor({ timeout: 5000 }).catch(() => {});
    if (await option.count() === 0) { await desk.keyboard.press('Escape'); continue; }
    await option.first().click();
    await vaadinIdle(desk);
    if ((await desk.locator('body').innerText()).includes('宣教员培训')) { found = year; break; }
  }
  await desk.screenshot({ path: join(OUT, 't2-trainings.png') });
  console.log('demo training listed in year:', found);
} finally {
  await browser.close();
}
