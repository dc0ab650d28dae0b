// Starts the npm Azurite emulator (blob + table) on free loopback ports for one test file.
// In-memory persistence, so nothing survives the run; stop() must always be called (afterAll).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

/** The well-known development account of every Azure Storage emulator (public, not a secret). */
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  /** Explicit connection string naming the chosen ports (blob + table). */
  connectionString: string;
  blobPort: number;
  tablePort: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

function azuriteEntry(): string {
  // The package's own bin entry (dist/src/azurite.js); run with this Node so no shell is involved.
  return path.join(projectRoot(), 'node_modules', 'azurite', 'dist', 'src', 'azurite.js');
}

export function azuriteConnectionString(blobPort: number, tablePort: number, host = '127.0.0.1'): string {
  return (
    [
      'DefaultEndpointsProtocol=http',
      `AccountName=${AZURITE_ACCOUNT}`,
      `AccountKey=${AZURITE_KEY}`,
      `BlobEndpoint=http://${host}:${blobPort}/${AZURITE_ACCOUNT}`,
      `TableEndpoint=http://${host}:${tablePort}/${AZURITE_ACCOUNT}`,
    ].join(';') + ';'
  );
}

/** Children still running, killed synchronously if the test process exits without afterAll. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export async function startAzurite(): Promise<RunningAzurite> {
  installExitHook();
  // Azurite writes nothing with --inMemoryPersistence (which forbids --location), but run it in a
  // private cwd anyway so a stray file can never land in the project tree.
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
  const args = [
    azuriteEntry(),
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    '0',
    // The combined binary always starts the queue service; park it on a free port too.
    '--queueHost',
    '127.0.0.1',
    '--queuePort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '64',
    // Without this Azurite ignores SIGTERM while telemetry is pending.
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
  ];
  const child = spawn(process.execPath, args, { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(workspace, { recursive: true, force: true });
  };

  try {
    const { blobPort, tablePort } = await waitForPorts(child);
    return { connectionString: azuriteConnectionString(blobPort, tablePort), blobPort, tablePort, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Azurite prints the port it actually bound ("… successfully listening at http://127.0.0.1:NNNN"). */
function waitForPorts(child: ChildProcess): Promise<{ blobPort: number; tablePort: number }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let blobPort: number | undefined;
    let tablePort: number | undefined;
    const timer = setTimeout(
      () => finish(new Error(`Azurite did not start within ${READY_TIMEOUT_MS} ms:\n${out}`)),
      READY_TIMEOUT_MS,
    );

    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      blobPort ??= portOf(out, 'Blob');
      tablePort ??= portOf(out, 'Table');
      if (blobPort !== undefined && tablePort !== undefined) finish();
    };
    const onExit = (code: number | null): void => finish(new Error(`Azurite exited early (code ${code}):\n${out}`));

    function finish(err?: Error): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining output so a chatty child never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      if (err) reject(err);
      else resolve({ blobPort: blobPort!, tablePort: tablePort! });
    }

    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function portOf(output: string, service: 'Blob' | 'Table'): number | undefined {
  const m = new RegExp(`Azurite ${service} service is successfully listening at http://[^:]+:(\\d+)`).exec(output);
  return m ? Number(m[1]) : undefined;
}
