// Shared by the Chromium bench scripts (session-heap.mjs, browser-during-load.mjs): launching
// Debian's Chromium through playwright-core, waiting for Flow's client to be idle, and opening the
// app's views by clicking the side navigation as a person would.
import { chromium } from 'playwright-core';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Each view: the side-nav path and a text that is on the page once the view is rendered.
export const VIEWS = {
  home: { path: '', heading: '您好' },
  institutions: { path: 'institutions', heading: '机构管理' },
  users: { path: 'users', heading: '用户管理' },
  audit: { path: 'audit', heading: '审计日志' },
  programs: { path: 'programs', heading: '方案名称' },
  calendar: { path: 'calendar', heading: '待定日期的活动' },
  tasks: { path: 'tasks', heading: '分派任务' },
  myTasks: { path: 'my-tasks', heading: '本机构牵头或配合的任务' },
  findings: { path: 'findings', heading: '仅看逾期' },
  corrections: { path: 'corrections', heading: '督导检查发现的本单位问题' },
  teams: { path: 'teams', heading: '团队与成员' },
  reports: { path: 'reports', heading: '早孕关爱服务月报表' },
  dashboard: { path: 'dashboard', heading: '指标趋势' },
};

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// Chromium's network emulation adds `ms` to every answer: an idle server made to answer as slowly as a loaded one.
export async function addLatency(cdp, ms) {
  if (ms > 0) {
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: ms, downloadThroughput: -1, uploadThroughput: -1 });
  }
}

export async function vaadinIdle(page) {
  // Flow's client reports pending round trips via isActive(); require two idle checks in a row.
  for (let idle = 0; idle < 2;) {
    await page.waitForFunction(() => {
      const clients = Object.values(window.Vaadin?.Flow?.clients ?? {});
      return clients.length > 0 && clients.every((c) => !c.isActive || !c.isActive());
    }, null, { timeout: 30000, polling: 25 });
    idle++;
    await sleep(30);
  }
}

export async function showView(page, view, first) {
  const v = VIEWS[view];
  if (!first) await page.locator(`vaadin-side-nav-item[path="${v.path}"]`).click();
  await page.waitForURL((u) => new URL(u).pathname === '/' + v.path, { timeout: 30000 });
  await page.getByText(v.heading).first().waitFor({ timeout: 30000 });
  await vaadinIdle(page);
}

// The login page, then the login form; ends on `firstView`. Returns the ms of each step.
export async function logIn(page, base, user, password, firstView) {
  const times = {};
  let start = Date.now();
  await page.goto(base + '/login');
  await page.locator('input[name="username"]').waitFor();
  await vaadinIdle(page);
  times.loginPage = Date.now() - start;
  if (user) {
    start = Date.now();
    await page.locator('input[name="username"]').fill(user);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await showView(page, firstView, true);
    times.login = Date.now() - start;
  }
  return times;
}
