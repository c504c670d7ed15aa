// Runs before `npm test`: installs what the suite needs beyond the project's own packages, so
// that `npm install && npm test` passes on a fresh machine of this project's kind.
//  - examples/consumer's packages (its own package: openapi-typescript needs TypeScript 5);
//  - Debian's Chromium for the Swagger UI browser test (as root with apt-get; otherwise the
//    browser test fails saying what to install).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

if (!existsSync(`${root}examples/consumer/node_modules`)) {
  console.log('pretest: installing examples/consumer');
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', 'examples/consumer']);
}

if (!existsSync('/usr/bin/chromium')) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log("pretest: installing Debian's chromium for the browser test");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  } else {
    console.warn('pretest: /usr/bin/chromium is missing and cannot be installed here; install chromium, or test/browser.test.ts will fail');
  }
}
