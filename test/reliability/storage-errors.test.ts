import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { ROOT } from '../helpers/service-process';

/** Storage failures named for what they are (issue 10, item 5). */

test('a write that the disk refuses reports the disk, not the rollback ("No active transaction")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-fsize-'));
  try {
    // A file-size limit of 200 KB makes the first commit's log write fail (EFBIG), as a full
    // disk does with ENOSPC: the same path through the engine and the store.
    const out = execFileSync(
      'sh',
      [
        '-c',
        `ulimit -f 200; exec "${process.execPath}" --import tsx test/fixtures/load-into.ts "${dir}"`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(out).toMatch(
      /^FAILED STORE_UNAVAILABLE: the embedded store could not write a commit to disk: .*file too large.*nothing of this write was kept/m,
    );
    expect(out).not.toMatch(/No active transaction|CONFLICT|retry/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a data path that is a file: says so, never advises moving a database aside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-path-'));
  try {
    const file = join(dir, 'not-a-directory');
    writeFileSync(file, 'x');
    expect(() => EmbeddedStore.open({ dataDir: file })).toThrow(
      /^KIZUNA_DATA_DIR .*not-a-directory is a file, not a directory/,
    );
    expect(() => EmbeddedStore.open({ dataDir: join(file, 'below') })).toThrow(
      /a part of that path is a file, not a directory/,
    );
    for (const path of [file, join(file, 'below')]) {
      try {
        EmbeddedStore.open({ dataDir: path });
      } catch (error) {
        expect((error as Error).message).not.toMatch(/move the file aside|damaged|corrupt/i);
        expect((error as { code: string }).code).not.toBe('STORE_CORRUPT');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read-only data directory: says it cannot be written (as a normal user; root is not bound by modes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-ro-'));
  try {
    const script = `require('reflect-metadata'); const { EmbeddedStore } = require('./src/store/embedded/embedded.store'); try { EmbeddedStore.open({ dataDir: ${JSON.stringify(dir)} }); console.log('OPENED'); } catch (e) { console.log('FAILED ' + e.code + ': ' + e.message); }`;
    execFileSync('chmod', ['555', dir]);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    let out: string;
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        ...asUser,
      });
    } catch (error) {
      // The unprivileged user may not read the checkout; then this case cannot run here.
      out = String((error as { stdout?: string }).stdout ?? '');
      if (!out.includes('FAILED')) return;
    }
    expect(out).toMatch(
      /^FAILED STORE_UNAVAILABLE: KIZUNA_DATA_DIR .* cannot be written: permission denied/m,
    );
    expect(out).not.toMatch(/move the file aside|STORE_CORRUPT/);
  } finally {
    execFileSync('chmod', ['755', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
