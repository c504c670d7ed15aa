// Runs before `npm test`: installs what the suite needs beyond the project's own packages, so
// that `npm install && npm test` passes on a fresh machine of this project's kind.
//  - examples/consumer's packages (its own package: openapi-typescript needs TypeScript 5);
//  - Debian's Chromium for the Swagger UI browser test, and Debian's pandas and R for the test that
//    reads the CSV in them (as root with apt-get; otherwise those tests fail saying what to install).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

if (!existsSync(`${root}examples/consumer/node_modules`)) {
  console.log('pretest: installing examples/consumer');
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', 'examples/consumer']);
}

/** Debian packages the tests need, each with the file that shows it is installed. */
const PACKAGES = [
  ['chromium', '/usr/bin/chromium', 'test/browser.test.ts drives Swagger UI in it'],
  ['python3-pandas', '/usr/lib/python3/dist-packages/pandas/__init__.py', 'test/clients.test.ts reads the CSV with it'],
  ['r-base-core', '/usr/bin/Rscript', 'test/clients.test.ts reads the CSV with it'],
];
const missing = PACKAGES.filter(([, file]) => !existsSync(file));
if (missing.length > 0) {
  const names = missing.map(([name]) => name);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`pretest: installing Debian's ${names.join(', ')} for the tests`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names]);
  } else {
    for (const [name, file, why] of missing)
      console.warn(`pretest: ${file} is missing and cannot be installed here; install ${name} (${why})`);
  }
}
