// Exploratory walk (not part of the build): logs in as each USER and screenshots the given paths.
// Usage: BASE_URL=… OUT=dir WALK='user:path1,path2;user2:path3' [WIDTH=1366] node bench/walk-pages.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, logIn, vaadinIdle } from './vaadin-browser.mjs';

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT ?? '.';
const WIDTH = Number(process.env.WIDTH ?? 1366);
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const part of process.env.WALK.split(';')) {
    const [user, paths] = part.split(':');
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: WIDTH, height: 900 } });
    const page = await ctx.newPage();
    await logIn(page, BASE, user, process.env.DEMO_PASSWORD ?? 'Demo-2024-pass', 'home');
    for (const path of paths.split(',')) {
      await page.goto(`${BASE}/${path}`);
      await vaadinIdle(page);
      const name = `${user}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
      await page.screenshot({ path: join(OUT, name), fullPage: true });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(name, wide ? 'HORIZONTAL SCROLL' : '');
    }
    await ctx.close();
  }
} finally {
  await browser.close();
}
