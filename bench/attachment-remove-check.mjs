// Removing a wrongly uploaded file in Chromium (not part of the build): the hospital records a case with a photo, opens
// it again, removes the photo after the confirmation and sees the list empty; a trainee who has not passed shows no
// certificate button. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/attachment-remove-check.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
writeFileSync(join(OUT, '错拍的照片.png'), PNG);
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage();
  await logIn(page, BASE, 'mch.staff', PASSWORD, 'home');
  await page.goto(`${BASE}/good-practices`);
  await vaadinIdle(page);
  await page.getByRole('button', { name: '登记案例' }).click();
  await vaadinIdle(page);
  const title = `宣传栏每月更新 ${Date.now() % 100000}`;
  const dialog = page.getByRole('dialog', { name: '登记案例' });
  await dialog.getByLabel('案例标题').fill(title);
  await dialog.getByLabel('工作方案').click();
  await vaadinIdle(page);
  await page.locator('vaadin-combo-box-item').first().click();
  await dialog.getByLabel('案例内容').fill('门诊宣传栏每月更新一次，内容由健康教育科审核。');
  await page.locator('vaadin-upload input[type=file]').first().setInputFiles(join(OUT, '错拍的照片.png'));
  await page.waitForTimeout(1500);
  await vaadinIdle(page);
  await page.getByRole('button', { name: '保存' }).click();
  await vaadinIdle(page);
  await page.screenshot({ path: join(OUT, 'r0-saved.png') });
  await page.getByRole('textbox', { name: '搜索标题、内容或机构' }).fill(title);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await vaadinIdle(page);
  await page.locator('vaadin-grid-cell-content').filter({ hasText: title }).first().click();
  await vaadinIdle(page);
  await page.screenshot({ path: join(OUT, 'r1-case-with-photo.png') });
  await page.getByRole('button', { name: '删除文件 错拍的照片.png' }).click();
  await vaadinIdle(page);
  await page.screenshot({ path: join(OUT, 'r2-confirm.png') });
  await page.locator('vaadin-confirm-dialog-overlay, vaadin-confirm-dialog').getByRole('button', { name: '删除' }).click();
  await vaadinIdle(page);
  await page.screenshot({ path: join(OUT, 'r3-removed.png') });
  const text = await page.locator('body').innerText();
  console.log('removed, list empty:', text.includes('暂无附件。'), 'notification:', text.includes('已删除文件'));

  const bureau = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage();
  await logIn(bureau, BASE, 'coordinator', PASSWORD, 'home');
  await bureau.goto(`${BASE}/trainings`);
  await vaadinIdle(bureau);
  await bureau.locator('vaadin-grid-cell-content').filter({ hasText: '培训' }).first().click();
  await vaadinIdle(bureau);
  await bureau.getByRole('tab', { name: '出勤与证书' }).click();
  await vaadinIdle(bureau);
  await bureau.screenshot({ path: join(OUT, 'r4-training-results.png'), fullPage: true });
  const results = await bureau.locator('body').innerText();
  console.log('not passed shows no certificate button:', results.includes('未合格，无证书') || !results.includes('未合格'));
} finally {
  await browser.close();
}
