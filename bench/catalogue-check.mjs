// Issue 17 in Chromium (not part of the build): the administrator adds a data element and an indicator
// over it on the catalogue pages, types a bad expression (refused at the field as typed), previews a
// seeded indicator for an area and month, and opens the report forms page. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/catalogue-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
const page = await ctx.newPage();
const shot = (name) => page.screenshot({ path: join(OUT, name) });
const field = (label) => page.locator('vaadin-dialog-overlay, vaadin-dialog').getByLabel(label, { exact: true }).first();
try {
  await logIn(page, BASE, 'admin', process.env.DEMO_PASSWORD ?? 'Demo-2024-pass', 'home');
  await page.locator('vaadin-side-nav-item[path="statistics/elements"]').click();
  await page.getByRole('button', { name: '新建数据元' }).click();
  await vaadinIdle(page);
  await field('代码').fill('PP_CONTRACEPTION');
  await field('中文名称').fill('产后避孕落实例数');
  await field('英文名称').fill('Postpartum contraception provided');
  await field('单位（中文）').fill('例');
  await field('单位（英文）').fill('cases');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('已保存数据元').first().waitFor({ timeout: 15000 });
  await vaadinIdle(page);
  await shot('1-element-saved.png');

  await page.locator('vaadin-side-nav-item[path="statistics/indicators"]').click();
  await page.getByRole('button', { name: '新建指标' }).click();
  await vaadinIdle(page);
  await field('代码').fill('PP_CONTRACEPTION_RATE');
  await field('中文名称').fill('产后避孕落实率');
  await field('英文名称').fill('Postpartum contraception rate');
  await field('分子').fill('#{PP_CONTRACEPTION');
  await page.waitForTimeout(800);
  await vaadinIdle(page);
  await shot('2-expression-refused-as-typed.png');
  await field('分子').fill('#{PP_CONTRACEPTION}');
  await field('分母').fill('#{INDUCED_ABORTIONS}');
  await page.waitForTimeout(800);
  await vaadinIdle(page);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('已保存指标').first().waitFor({ timeout: 15000 });
  await vaadinIdle(page);
  await shot('3-indicator-saved.png');

  await page.locator('vaadin-side-nav-item[path="statistics/forms"]').click();
  await page.waitForURL((u) => new URL(u).pathname === '/statistics/forms');
  await vaadinIdle(page);
  await shot('4-forms.png');
  console.log('ok');
} catch (e) {
  console.log('failed: ' + e);
  await shot('error.png');
} finally {
  await browser.close();
}
