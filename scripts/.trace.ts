import { chromium } from 'playwright-core';
import { withServedApp } from './lighthouse';
await withServedApp(async (url) => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(6000);
  await cdp.send('Tracing.end');
  await done;
  const fcpE = events.find((e) => e.name === 'firstContentfulPaint');
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? fcpE.ts;
  const tid = fcpE.tid;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === tid && e.dur > 20000);
  for (const t of tasks) {
    const inside = events.filter((e) => e.tid === tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.name !== 'RunTask' && e.dur > 4000);
    const desc = inside.slice(0, 10).map((e) => `${e.name}${e.args?.data?.url ? '(' + String(e.args.data.url).split('/').pop() + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}${e.args?.data?.type ? '{' + e.args.data.type + '}' : ''}:${(e.dur / 1000).toFixed(0)}`).join(' ');
    console.log(`${((t.ts - start) / 1000).toFixed(0).padStart(6)} ms ${(t.dur / 1000).toFixed(0).padStart(4)} ms ${t.ts > fcpE.ts ? 'after' : 'before'} ${desc}`);
  }
  console.log('FCP', ((fcpE.ts - start) / 1000).toFixed(0));
  const tbt = tasks.filter((e) => e.ts > fcpE.ts).reduce((n, e) => n + Math.max(0, e.dur / 1000 - 50), 0);
  console.log('TBT-like', tbt.toFixed(0));
  await browser.close();
});
