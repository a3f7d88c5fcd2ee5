// A server process of a test's own (for tests that make it sick: a stopped database,
// few file descriptors), next to the suite's shared one. Its log is kept in memory.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, sleep } from './helpers.mjs';

/** The binary under test: scripts/test.sh exports it; else the ASan build. */
export const BINARY = process.env.HEALTHPULSE_TEST_BINARY || path.join(REPO_ROOT, 'build', 'asan', 'healthpulse');

/** A TCP port nothing listens on right now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `healthpulse serve` (through `bash -c` with `ulimit -n` when given) with
 * HEALTHPULSE_PORT=0 and `env`; resolves once it logs where it listens.
 * Returns {base, pid, log(), stop()}.
 */
export async function startServer(env, { fileLimit } = {}) {
  const command = `${fileLimit ? `ulimit -n ${fileLimit}; ` : ''}exec "${BINARY}" serve`;
  const child = spawn('bash', ['-c', command], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HEALTHPULSE_PORT: '0',
      HEALTHPULSE_LISTEN_ADDRESS: '127.0.0.1',
      HEALTHPULSE_WEB_ROOT: 'web/dist',
      HEALTHPULSE_METRICS_TOKEN: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (c) => { text += c; });
  child.stderr.on('data', (c) => { text += c; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30000;
  let base = null;
  while (!base) {
    const m = text.match(/listening on (http:\/\/[0-9.]+:[0-9]+)/);
    if (m) base = m[1];
    else if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${text}`);
    else await sleep(50);
  }
  return {
    base,
    pid: child.pid,
    log: () => text,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A private PostgreSQL cluster (scripts/pg.sh) in a temporary directory, on a free port. */
export async function startCluster() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'healthpulse-sick-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const pg = path.join(REPO_ROOT, 'scripts', 'pg.sh');
  execFileSync(pg, ['start', `${dir}/pg`, String(port)], { env: { ...process.env, HEALTHPULSE_PG_FSYNC: 'off' }, stdio: 'pipe' });
  const url = `host=${dir}/pg/run port=${port} user=healthpulse dbname=healthpulse`;
  const dataDir = `${dir}/pg/data`;
  /** The postmaster and every process it started (its backends and helpers). */
  const pids = () => {
    const postmaster = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    const out = [postmaster];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === postmaster) out.push(Number(entry));
      } catch { /* the process ended meanwhile */ }
    }
    return out;
  };
  const signalAll = (signal) => {
    for (const pid of pids()) {
      try { process.kill(pid, signal); } catch { /* gone */ }
    }
  };
  return {
    url,
    stopAll: () => signalAll('SIGSTOP'),
    continueAll: () => signalAll('SIGCONT'),
    destroy() {
      signalAll('SIGCONT');
      try { execFileSync(pg, ['stop', `${dir}/pg`], { stdio: 'pipe' }); } catch { /* already down */ }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat(5) (utime, stime) are 11 and 12 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
