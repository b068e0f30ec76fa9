// The repository stands alone and its first-hour instructions work: README and docs link only inside it
// and name no machine path, the README's variable example reaches the server, and the Node versions the
// README and `engines` state are accepted by every installed package (so `npm ci` prints no EBADENGINE).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import semver from 'semver';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)];

describe('the repository stands alone', () => {
  it.each(DOCS)('%s links only to files that exist inside the repository', (doc) => {
    const text = read(doc);
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!.split('#')[0]!);
    for (const target of targets.filter((t) => t && !/^(https?:|mailto:)/.test(t))) {
      const path = resolve(ROOT, dirname(doc), target);
      expect(path.startsWith(ROOT + '/'), `${doc} → ${target} leaves the repository`).toBe(true);
      expect(existsSync(path), `${doc} → ${target} does not exist`).toBe(true);
    }
    expect(text).not.toMatch(/\.\.\/shared|shared\/DESIGN|(^|[\s(`'"])\/(work|home|root|tmp)\//m);
  });

  it('the README passes its example variable to the server, not to npm ci', () => {
    const readme = read('README.md');
    expect(readme).not.toMatch(/[A-Z_]+=\S+ npm ci/);
    expect(readme).toMatch(/^PORT=\d+ npm start$/m);
  });

  it('has no team notes from outside the project', () => {
    expect(existsSync(join(ROOT, 'docs', 'TEAM.md'))).toBe(false);
  });
});

describe('Node versions agree', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
  const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
  };
  const stated = /Node (\d+\.\d+)/.exec(read('README.md'))?.[1];

  it("the README's Node is the lowest that package.json's engines accepts", () => {
    expect(stated).toBeDefined();
    expect(semver.minVersion(pkg.engines.node)?.version).toBe(`${stated}.0`);
  });

  it('every locked package accepts the lowest Node the project states', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(lowest, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name} wants ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
