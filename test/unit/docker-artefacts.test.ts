import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * No Docker engine runs here, so the Dockerfile and docker-compose.yml are never built or started
 * by CI (the README says so). This reads them and checks each property a deployer relies on.
 */
const ROOT = join(__dirname, '../..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Dockerfile → stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stages: Stage[] = [];
  for (const line of logical) {
    const [op, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: match![1], name: match![2], instructions: [] });
    } else {
      stages.at(-1)!.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages.at(-1)!;
const build = stages[0];
const all = (stage: Stage, op: string): string[] =>
  stage.instructions.filter((i) => i.op === op).map((i) => i.args);
const packageJson = JSON.parse(read('package.json'));

describe('Dockerfile', () => {
  test('is multi-stage: a build stage and a runtime stage on a pinned Node image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:\d+[\w.-]*$/);
    expect(build.name).toBe('build');
  });

  test('the build stage installs with the documented command and runs npm run build:code (widget + tsc)', () => {
    const runs = all(build, 'RUN').join('\n');
    expect(runs).toMatch(/npm (install|ci)\b/);
    // Not `npm run build`, which also prepares the seed caches: this stage has no seeds.
    expect(runs).toMatch(/npm run build:code\b/);
    expect(packageJson.scripts['build:code']).toMatch(/npm run build:widget/);
    expect(packageJson.scripts['build:code']).toMatch(/tsc -p tsconfig\.build\.json/);
    expect(packageJson.scripts.build).toMatch(/npm run build:code/);
  });

  test('the runtime stage installs production dependencies only and copies the build output', () => {
    const runs = all(runtime, 'RUN').join('\n');
    expect(runs).toMatch(/npm (install|ci) [^\n]*--omit=dev/);
    expect(runs).not.toMatch(/npm run build/);
    expect(all(runtime, 'COPY')).toContain('--from=build /app/dist ./dist');
    // The host's node_modules never enter the image: no COPY of the whole context.
    for (const stage of stages)
      for (const copy of all(stage, 'COPY')) expect(copy).not.toMatch(/^\.\s/);
  });

  test('every file copied from the context exists and is not excluded by .dockerignore', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const stage of stages) {
      for (const copy of all(stage, 'COPY').filter((args) => !args.startsWith('--from'))) {
        const sources = copy.split(/\s+/).slice(0, -1);
        for (const source of sources) {
          expect(existsSync(join(ROOT, source))).toBe(true);
          expect(ignored).not.toContain(source.replace(/^\.\//, '').split('/')[0]);
        }
      }
    }
  });

  test('runs as a non-root user, listens on all interfaces, with an init process as PID 1', () => {
    const users = all(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    expect(all(runtime, 'ENV').join(' ')).toMatch(/\bHOST=0\.0\.0\.0\b/);
    const entrypoint = JSON.parse(all(runtime, 'ENTRYPOINT').at(-1)!);
    expect(entrypoint[0]).toMatch(/tini|dumb-init/);
    expect(all(runtime, 'RUN').join('\n')).toMatch(/apt-get install [^\n]*\btini\b/);
  });

  test('starts the compiled server, as npm start does (no tsx)', () => {
    const cmd = JSON.parse(all(runtime, 'CMD').at(-1)!);
    expect(cmd.join(' ')).toBe(packageJson.scripts.start);
    expect(cmd.join(' ')).not.toMatch(/tsx/);
    // Seeds and the static pages are read at run time from the project root.
    const copies = all(runtime, 'COPY').join('\n');
    expect(copies).toMatch(/^seeds \.\/seeds$/m);
    expect(copies).toMatch(/^src\/widget\/static \.\/src\/widget\/static$/m);
  });

  test('has a HEALTHCHECK on /readyz', () => {
    const healthchecks = all(runtime, 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]).toMatch(/\/readyz/);
  });

  test('.dockerignore keeps the host node_modules, dist, .git and .env out', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', 'dist', '.git', '.env']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  const text = read('docker-compose.yml');
  const compose = parse(text, { merge: true }); // compose honours YAML merge keys (<<)
  const { neo4j, kizuna, seed } = compose.services;

  test('runs a pinned Neo4j 5 image with a named data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.\d+\.\d+(-community|-enterprise)?$/);
    const dataMount = neo4j.volumes.find((v: string) => v.endsWith(':/data'));
    expect(dataMount).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(dataMount.split(':')[0]);
  });

  test('takes the password from the env file, never from the compose file itself', () => {
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]*\}$/);
    expect(kizuna.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]*\}$/);
    expect(seed.environment.NEO4J_PASSWORD).toBe(kizuna.environment.NEO4J_PASSWORD);
    expect(read('.env.example')).toMatch(/^NEO4J_PASSWORD=/m);
    expect(read('.gitignore').split('\n')).toContain('.env');
  });

  test('has health checks on Neo4j (a Cypher query) and on the service (/readyz)', () => {
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    expect(kizuna.healthcheck.test.join(' ')).toMatch(/\/readyz/);
  });

  test('the seed graph is loaded once, after Neo4j is healthy, before the service starts', () => {
    expect(seed.depends_on.neo4j.condition).toBe('service_healthy');
    expect(seed.command).toEqual(['node', 'dist/scripts/seed.js']);
    expect(seed.restart).toBe('no');
    expect(kizuna.depends_on.neo4j.condition).toBe('service_healthy');
    expect(kizuna.depends_on.seed.condition).toBe('service_completed_successfully');
    expect(kizuna.environment.KIZUNA_SEED_ON_START).toBe('false');
    expect(kizuna.environment.HOST).toBe('0.0.0.0');
    expect(kizuna.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  test('the README still says plainly that Docker is not exercised here', () => {
    expect(read('README.md')).toMatch(/It is not\s+exercised by this repository's CI/);
    expect(text).toMatch(/NOT exercised by this repository's CI/);
  });
});
