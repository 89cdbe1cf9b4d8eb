/**
 * Harness of the recharge-site tests with the real built extension: one local https server that
 * answers for the sites' real hostnames (Chromium maps each host to it with --host-resolver-rules
 * and accepts its throwaway self-signed certificate), so the manifest's own content_scripts
 * matching decides where the content script runs. Nothing leaves the machine: every other host
 * resolves nowhere.
 */
import { createServer, type Server } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface SiteServer {
  port: number;
  /** Every URL asked of the server, in order. */
  requests: string[];
  /** The Chromium flags that send each of `hosts` to this server, and accept its certificate. */
  chromiumArgs(hosts: readonly string[]): string[];
  close(): Promise<void>;
}

/** A self-signed certificate for one day, made with openssl in a temp dir that is removed at once. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sim-keeper-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `pages` (full https URL -> HTML) by Host header and path; anything else is a 404. */
export async function serveSites(pages: Readonly<Record<string, string>>): Promise<SiteServer> {
  const requests: string[] = [];
  const server: Server = createServer(throwawayCertificate(), (request, response) => {
    const url = `https://${request.headers.host?.replace(/:\d+$/, '')}${request.url}`;
    requests.push(url);
    const html = pages[url];
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    chromiumArgs: (hosts) => [
      // Each host, whatever its port, goes to this server.
      `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
