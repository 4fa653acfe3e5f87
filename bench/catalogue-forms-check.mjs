// Issue 17's last items in Chromium (not part of the build): the coordinator opens a form's editor (which
// institutions file it: areas × institution types, with the count before saving) and the indicator editor's
// 插入数据元 picker, which appends #{CODE} to the numerator. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/catalogue-forms-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 1000 } });
  const page = await ctx.newPage();
  await logIn(page, BASE, 'coordinator', PASSWORD, 'home');
  await page.goto(`${BASE}/statistics/forms`);
  await vaadinIdle(page);
  await page.getByText('早孕与人流关爱重点指标月报表').first().click();
  await vaadinIdle(page);
  await page.screenshot({ path: join(OUT, 'a-form-editor.png'), fullPage: true });
  console.log('assignment count shown:', (await page.locator('body').innerText()).match(/共\s*\d+\s*家机构[^\n]*/)?.[0] ?? 'not found');

  await page.goto(`${BASE}/statistics/indicators`);
  await vaadinIdle(page);
  await page.getByRole('button', { name: /新建指标|添加指标|新增指标/ }).first().click();
  await vaadinIdle(page);
  const picker = page.getByRole('combobox', { name: /插入数据元/ }).first();
  await picker.click();
  await picker.fill('产后避孕');
  await page.getByRole('option').first().click();
  await vaadinIdle(page);
  const numerator = await page.locator('vaadin-text-area, vaadin-text-field').evaluateAll((els) => els.map((e) => e.value).filter((v) => v && v.includes('#{')));
  console.log('expression fields after the pick:', JSON.stringify(numerator));
  await page.screenshot({ path: join(OUT, 'b-indicator-picker.png') });
} finally {
  await browser.close();
}
