// Issue 17, slices 5-8 in Chromium (not part of the build): the coordinator opens the categories page (分类),
// the demo's key-measures form and its rules (审核规则), then tests a rule on past reports; 市妇保院's staff opens
// last month's key-measures report, where 非意愿妊娠人工流产例数 is split by 人流原因 (cells under it, the total
// read-only). Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/catalogue-split-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, sleep, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const open = async (user) => {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  await logIn(page, BASE, user, PASSWORD, 'home');
  return page;
};
try {
  const coordinator = await open('coordinator');
  await coordinator.goto(`${BASE}/statistics/categories`);
  await vaadinIdle(coordinator);
  await coordinator.getByText('人流原因').first().waitFor({ timeout: 15000 });
  await coordinator.screenshot({ path: join(OUT, '1-categories.png') });
  await coordinator.goto(`${BASE}/statistics/forms`);
  await vaadinIdle(coordinator);
  await coordinator.getByText('早孕与人流关爱重点指标月报表').first().click();
  await vaadinIdle(coordinator);
  await coordinator.screenshot({ path: join(OUT, '2-form-editor.png') });
  await coordinator.getByRole('button', { name: '审核规则' }).click();
  await vaadinIdle(coordinator);
  await coordinator.screenshot({ path: join(OUT, '3-rules.png') });

  const staff = await open('mch.staff');
  await staff.goto(`${BASE}/reports`);
  await vaadinIdle(staff);
  await staff.screenshot({ path: join(OUT, '4-staff-reports.png') });
  // this month's key-measures report through 其他期间: the reasons' cells under the count, typed 2 3 1 4
  const choose = async (label, typed, option) => {
    const box = staff.getByRole('combobox', { name: label, exact: true });
    await box.click();
    await box.fill(typed);
    await staff.getByRole('option', { name: option, exact: true }).click();
  };
  const now = new Date();
  await choose('报表', '重点指标', '早孕与人流关爱重点指标月报表');
  await choose('年份', String(now.getFullYear()), `${now.getFullYear()}年`);
  await choose('月份', String(now.getMonth() + 1), `${now.getMonth() + 1}月`);
  await staff.getByRole('button', { name: '打开该期间' }).click();
  await staff.waitForURL((url) => url.pathname.includes('/reports/'));
  await vaadinIdle(staff);
  const cells = ['工作、经济因素', '避孕失败', '未采取避孕措施', '其他'];
  const values = ['2', '3', '1', '4'];
  for (let i = 0; i < cells.length; i++) {
    const box = staff.getByRole('textbox', { name: new RegExp(cells[i]) }).first();
    await box.fill(values[i]);
    await box.press('Tab');
  }
  await sleep(1000);
  await vaadinIdle(staff);
  const total = await staff.locator('.entry-total vaadin-text-field').first().evaluate((e) => e.value);
  if (total !== '10') throw new Error(`the total shows "${total}", not 10`);
  await staff.screenshot({ path: join(OUT, '5-split-entry.png'), fullPage: true });
  console.log('ok: screenshots in ' + OUT);
} catch (e) {
  console.error('FAILED: ' + e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
