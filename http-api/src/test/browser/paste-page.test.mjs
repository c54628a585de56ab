// End-to-end test of the paste page in real headless Chromium: starts `bin/kube-advisor serve` on a free loopback
// port, pastes a fixture, clicks Diagnose, and checks the main diagnosis and the highlighted evidence.
// Exits non-zero on any failure. Needs the built jars (mvn package) and Debian's chromium.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixture = join(root, 'fixtures/rules/container-exit-255/fires-seed-restart-count-one/describe.txt');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const screenshot = process.env.SCREENSHOT;

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function waitUntilReady(base, server) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(base + '/readyz')).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not become ready within 60 s');
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log('ok - ' + message);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(join(root, 'bin/kube-advisor'), ['serve', '--port', String(port)],
  { stdio: ['ignore', 'inherit', 'inherit'] });
const profile = mkdtempSync(join(tmpdir(), 'kube-advisor-chromium-'));
let browser;
let failed = false;
try {
  await waitUntilReady(base, server);
  // A fresh profile directory: Playwright passes it to Chromium as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(base + '/');
  await page.fill('#input', readFileSync(fixture, 'utf8'));
  await page.click('#diagnose');
  await page.waitForSelector('#result:not([hidden])', { timeout: 15000 });

  check((await page.textContent('#verdict')).includes('unhealthy'), 'the verdict says unhealthy');
  check((await page.textContent('.diagnosis.main .rule')) === 'container-exit-255',
    'the main diagnosis is container-exit-255');
  check((await page.textContent('.diagnosis.main .remediation')).includes('kubectl logs quote-app-5d8f7c9b4-x2k8p'),
    'the main diagnosis shows its commands with the real pod name');
  const marked = await page.$$eval('#source li.evidence mark', (marks) => marks.map((m) => m.textContent));
  check(marked.includes('Exit Code:    255'), 'the exit code line is highlighted: ' + JSON.stringify(marked));
  const exitLine = await page.$$eval('#source li', (items) =>
    items.findIndex((item) => item.textContent.includes('Exit Code:    255')) + 1);
  check(exitLine === 26, 'the highlighted line is line 26 of the input');
  const notMarked = await page.$$eval('#source li:not(.evidence)', (items) => items.length);
  check(notMarked > 40, 'other lines are not highlighted');
  check(consoleErrors.length === 0, 'the page raised no script error ' + JSON.stringify(consoleErrors));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
} catch (error) {
  failed = true;
  console.error('not ok - ' + error.message);
} finally {
  if (browser) await browser.close();
  server.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
}
console.log(failed ? 'browser: 0 passed, 1 failed' : 'browser: 1 passed, 0 failed');
process.exit(failed ? 1 : 0);
