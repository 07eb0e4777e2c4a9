import { chromium } from '/work/main/node_modules/playwright/index.mjs';
const [,, url, out, y = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
await page.goto(url);
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: 794, height: 1123 } });
await browser.close();
