/**
 * A Chromium that can be killed like a phone that loses power: its own process on an on-disk
 * profile, driven over the DevTools protocol, ended with SIGKILL (no unload, no clean shutdown,
 * IndexedDB left as the disk has it). Relaunching on the same profile opens what survived.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './browser';

export interface KillableChromium {
  browser: Browser;
  kill(): Promise<void>;
}

function devtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen.slice(-500)}`)));
  });
}

export async function launchKillableChromium(profileDir: string): Promise<KillableChromium> {
  const child = spawn(CHROMIUM_PATH, [
    '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', '--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-dev-shm-usage', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const browser = await chromium.connectOverCDP(await devtoolsUrl(child));
  return {
    browser,
    kill: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // The whole process group at once (detached: Chromium leads its own group), so that no
      // renderer, utility or storage process outlives the browser to finish a write.
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}
