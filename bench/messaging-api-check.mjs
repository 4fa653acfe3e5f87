// Issue 20 in Chromium (not part of the build): a coordinator adds a 企业微信 robot for 乐清市第二人民医院 on
// 工作群机器人 and opens 通知设置 from the user menu; the administrator opens 消息投递日志 and creates an API
// client for the Wenzhou platform on 接口客户端 (the token is shown once); the token then pushes a month of counts
// (dry run, push, push again) and the interactive OpenAPI page is opened. Screenshots go to OUT.
// Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/messaging-api-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, sleep, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const open = async (user, viewport = { width: 1366, height: 900 }) => {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport });
  const page = await ctx.newPage();
  await logIn(page, BASE, user, PASSWORD, 'home');
  return page;
};
const pick = async (page, label, typed, option) => {
  const box = page.getByRole('combobox', { name: label }).first();
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  await vaadinIdle(page);
};
try {
  const coordinator = await open('coordinator');
  await coordinator.goto(`${BASE}/chat-robots`);
  await vaadinIdle(coordinator);
  await coordinator.getByRole('button', { name: '添加机器人' }).click();
  await vaadinIdle(coordinator);
  await pick(coordinator, '机构', '第二人民', '乐清市第二人民医院');
  await coordinator.getByRole('textbox', { name: '名称' }).fill('市二院工作群');
  await coordinator.getByRole('textbox', { name: 'Webhook 地址' }).fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0123456789abcdef');
  await coordinator.screenshot({ path: join(OUT, '1-robot-dialog.png') });
  await coordinator.getByRole('button', { name: '保存', exact: true }).click();
  await vaadinIdle(coordinator);
  await sleep(500);
  await coordinator.screenshot({ path: join(OUT, '2-robots.png') });
  console.log('robots page shows the hospital:', await coordinator.getByText('乐清市第二人民医院').count() > 0);

  await coordinator.locator('vaadin-menu-bar vaadin-menu-bar-button:not([hidden])').last().click();
  await coordinator.getByRole('menuitem', { name: '通知设置' }).click();
  await coordinator.waitForURL((u) => u.pathname.endsWith('/notification-settings'));
  await vaadinIdle(coordinator);
  await coordinator.screenshot({ path: join(OUT, '3-notification-settings.png'), fullPage: true });

  const admin = await open('admin');
  await admin.goto(`${BASE}/delivery-log`);
  await vaadinIdle(admin);
  await admin.screenshot({ path: join(OUT, '4-delivery-log.png') });
  await admin.goto(`${BASE}/api-clients`);
  await vaadinIdle(admin);
  await admin.getByRole('button', { name: '新建接口客户端' }).click();
  await vaadinIdle(admin);
  await admin.getByRole('textbox', { name: '名称' }).fill(`温州市流产后避孕服务平台 ${Date.now() % 100000}`);
  // the area picker: its tree dialog, searched by name, the match selected
  await admin.getByRole('button', { name: '选择区划' }).first().click();
  await vaadinIdle(admin);
  const search = admin.getByRole('textbox', { name: '搜索名称或代码' }).first();
  await search.fill('温州');
  await search.press('Enter');
  await vaadinIdle(admin);
  await admin.locator('vaadin-dialog[aria-label="选择区划"] vaadin-grid-cell-content', { hasText: /^温州市$/ }).first().click();
  await vaadinIdle(admin);
  await admin.getByRole('button', { name: '选择', exact: true }).click();
  await vaadinIdle(admin);
  await admin.screenshot({ path: join(OUT, '5-api-client-dialog.png') });
  await admin.getByRole('button', { name: '创建并生成令牌' }).click();
  await vaadinIdle(admin);
  await admin.screenshot({ path: join(OUT, '6-token-once.png') });
  const token = (await admin.locator('body').innerText() + ' ' + (await admin.locator('input').evaluateAll((els) => els.map((e) => e.value).join(' ')))).match(/pd_[A-Za-z0-9_-]{20,}/)?.[0];
  console.log('token shown once:', token ? token.slice(0, 8) + '…' : 'NOT FOUND');

  if (token) {
    const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1);
    const period = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
    const csv = `机构编码,统计期,EP_VISITS,INDUCED_ABORTIONS\nYQ-H2,2019-03,81,12\nYQ-MCH,2019-03,120,30\n`;
    const push = async (dry) => {
      const r = await fetch(`${BASE}/api/v1/dataValueSets${dry ? '?dryRun=true' : ''}`, {
        method: 'POST', body: csv, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', 'Accept-Language': 'zh-CN' } });
      const t = await r.text(); return `${r.status} ${JSON.stringify(JSON.parse(t).importSummary?.importCount ?? JSON.parse(t))} ${JSON.stringify(JSON.parse(t).importSummary?.conflicts ?? '')}`;
    };
    console.log('dry run:', await push(true));
    console.log('push:', await push(false));
    console.log('again:', await push(false));
    const bad = await fetch(`${BASE}/api/v1/dataValueSets`, { method: 'POST', body: csv, headers: { Authorization: 'Bearer pd_forged', 'Content-Type': 'text/csv' } });
    console.log('forged token:', bad.status, (await bad.text()).slice(0, 200));
  }
  const docs = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  const consoleErrors = [];
  docs.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await docs.goto(`${BASE}/api/docs`);
  await docs.locator('.opblock').first().waitFor({ timeout: 30000 }).catch(() => console.log('no operations; console errors:', consoleErrors));
  await docs.screenshot({ path: join(OUT, '7-openapi.png'), fullPage: true });
  console.log('openapi operations shown:', await docs.locator('.opblock').count());
} finally {
  await browser.close();
}
