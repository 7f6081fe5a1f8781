import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(__dirname, 'read_export.py');
/** Debian's python, where python3-networkx and python3-rdflib install (not a pyenv first on PATH). */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Installs networkx and rdflib when missing (quick when present), as the pretest hook does. */
export function ensurePythonTools(): void {
  execFileSync('sh', [join(ROOT, 'scripts', 'ensure-python-tools.sh')], { stdio: 'inherit' });
}

/**
 * Runs test/exports/read_export.py: the export read by networkx, csv or rdflib, as JSON.
 * Asynchronous, so that the server in the same process can answer rdflib's fetch of the context.
 */
export function readWithPython(...args: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      [SCRIPT, ...args],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`read_export.py ${args[0]} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}
