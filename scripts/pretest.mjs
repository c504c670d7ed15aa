// Runs before `npm test`: installs what the suite needs beyond the project's own packages, so
// that `npm install && npm test` passes on a fresh machine of this project's kind.
//  - examples/consumer's packages (its own package: openapi-typescript needs TypeScript 5);
//  - Debian's packages the suite uses (as root with apt-get; otherwise the tests that need them
//    fail saying what to install): Chromium for the browser tests, CJK fonts so Chinese renders in
//    their screenshots, pandas and R (and R's jsonlite) for the test that reads the CSV in them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

if (!existsSync(`${root}examples/consumer/node_modules`)) {
  console.log('pretest: installing examples/consumer');
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', 'examples/consumer']);
}

const PACKAGES = ['chromium', 'fonts-noto-cjk', 'python3-pandas', 'r-base-core', 'r-cran-jsonlite'];
const installed = (name) => {
  try {
    execFileSync('dpkg', ['-s', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = existsSync('/usr/bin/dpkg') ? PACKAGES.filter((name) => !installed(name)) : [];
if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`pretest: installing Debian's ${missing.join(', ')} for the tests`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  } else {
    console.warn(
      `pretest: ${missing.join(', ')} missing and cannot be installed here; install them, or the tests that need them will fail`,
    );
  }
}
