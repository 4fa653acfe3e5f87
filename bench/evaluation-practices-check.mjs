// Issue 21's evaluation report and good practices in Chromium (not part of the build): the coordinator opens the pilot
// program's 评估报告 tab (the demo's pilot-year report is stored), asks for a report of a shorter period, watches its
// progress and downloads the PDF and the Word file; 典型案例 lists the recommended case at desktop and phone widths; the
// hospital opens its own self-inspection without an error. Screenshots and downloads go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/evaluation-practices-check.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle, sleep } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const desk = await ctx.newPage();
  await logIn(desk, BASE, 'coordinator', PASSWORD, 'home');
  await desk.goto(`${BASE}/programs`);
  await vaadinIdle(desk);
  await desk.getByText('乐清市生殖健康促进创新试点工作方案').first().click();
  await vaadinIdle(desk);
  await desk.getByRole('tab', { name: '评估报告' }).click();
  await vaadinIdle(desk);
  await desk.screenshot({ path: join(OUT, 'e1-evaluation-tab.png'), fullPage: true });
  console.log('stored pilot-year report listed:', (await desk.locator('body').innerText()).includes('已完成'));

  // a period that ends before it starts is refused at the field
  const from = desk.getByLabel('开始日期');
  const to = desk.getByLabel('结束日期');
  await from.fill('2024/3/1'); await from.press('Enter');
  await to.fill('2024/1/31'); await to.press('Enter');
  await desk.getByRole('button', { name: '生成评估报告' }).click();
  await vaadinIdle(desk);
  const text = await desk.locator('body').innerText();
  console.log('reversed period refused at the field:', text.includes('结束日期不能早于开始日期'));
  await to.fill('2024/6/30'); await to.press('Enter');
  await desk.getByRole('button', { name: '生成评估报告' }).click();
  const started = Date.now();
  await sleep(300);
  await desk.screenshot({ path: join(OUT, 'e2-evaluation-progress.png'), fullPage: true });
  const panel = desk.locator('.evaluation-row').first();
  console.log('progress shown:', /排队中|生成中/.test(await panel.innerText()), await panel.locator('vaadin-progress-bar').count() > 0);
  while (Date.now() - started < 60000 && /排队中|生成中/.test(await panel.innerText())) await sleep(250);
  await vaadinIdle(desk);
  console.log('generated in about', Date.now() - started, 'ms (poll included)');
  await desk.screenshot({ path: join(OUT, 'e3-evaluation-done.png'), fullPage: true });
  for (const [caption, ext] of [['PDF', 'pdf'], ['Word', 'docx']]) {
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.getByRole('link', { name: caption }).first().click()]);
    const path = join(OUT, `evaluation.${ext}`);
    await download.saveAs(path);
    console.log('downloaded', download.suggestedFilename());
  }

  await desk.goto(`${BASE}/good-practices`);
  await vaadinIdle(desk);
  await desk.screenshot({ path: join(OUT, 'e4-good-practices.png'), fullPage: true });
  console.log('recommended case listed:', (await desk.locator('body').innerText()).includes('进校园系列讲座'));

  const phone = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })).newPage();
  await logIn(phone, BASE, 'mch.staff', PASSWORD, 'home');
  await phone.goto(`${BASE}/good-practices`);
  await vaadinIdle(phone);
  await phone.screenshot({ path: join(OUT, 'e5-good-practices-phone.png') });
  console.log('phone: horizontal scrolling needed:', await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth));
  await phone.goto(`${BASE}/self-inspections`);
  await vaadinIdle(phone);
  await phone.locator('vaadin-grid-cell-content').filter({ hasText: '2024年5月' }).first().click();
  await vaadinIdle(phone);
  await phone.screenshot({ path: join(OUT, 'e6-self-inspection-phone.png'), fullPage: true });
  const hospital = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage();
  await logIn(hospital, BASE, 'mch.staff', PASSWORD, 'home');
  await hospital.goto(`${BASE}/self-inspections`);
  await vaadinIdle(hospital);
  await hospital.locator('vaadin-grid-cell-content').filter({ hasText: '2024年5月' }).first().click();
  await vaadinIdle(hospital);
  await hospital.screenshot({ path: join(OUT, 'e7-self-inspection.png') });
  await hospital.goto(`${BASE}/good-practices`);
  await vaadinIdle(hospital);
  console.log('another institution reads the recommended case:', (await hospital.locator('body').innerText()).includes('进校园系列讲座'));
  console.log('own self-inspection opened without an error:', !(await phone.locator('body').innerText()).includes('没有执行此操作的权限'));
} finally {
  await browser.close();
}
