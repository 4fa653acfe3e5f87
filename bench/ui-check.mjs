// Looks at two screens changed for issue 18 in Chromium and saves screenshots (not part of the build):
// an institution's 统计报表 with the one 其他期间 picker below its forms, and the audit log filtered
// to member events. Usage: BASE_URL=http://127.0.0.1:PORT OUT=folder node bench/ui-check.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, showView, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-2024-pass';

async function session(user, firstView) {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await logIn(page, BASE, user, PASSWORD, firstView);
  return page;
}

const staff = await session('mch.staff', 'home');
await showView(staff, 'reports', false);
const year = staff.getByLabel('年份');
await year.scrollIntoViewIfNeeded();
await staff.getByRole('button', { name: '打开该期间' }).click();
await vaadinIdle(staff);
console.log('open without a year: error shown =', await staff.getByText('此项为必填项').first().isVisible());
await staff.screenshot({ path: join(OUT, 'reports-other-period.png') });
await staff.getByLabel('报表').first().click();
await vaadinIdle(staff);
await staff.screenshot({ path: join(OUT, 'reports-other-period-forms.png') });

const admin = await session('admin', 'home');
await showView(admin, 'audit', false);
await admin.locator('input[placeholder="对象"]').click();
await admin.keyboard.type('会员');
await vaadinIdle(admin);
await admin.getByRole('option', { name: '会员活动' }).click();
await vaadinIdle(admin);
await admin.locator('vaadin-grid-cell-content').filter({ hasText: '会员活动 #' }).first().waitFor({ timeout: 15000 });
const cell = await admin.locator('vaadin-grid-cell-content').filter({ hasText: '会员活动 #' }).count();
console.log('audit rows naming 会员活动:', cell);
await admin.screenshot({ path: join(OUT, 'audit-member-events.png') });
await browser.close();
