// Runs one provider launcher of tests/interop (a Python or Perl program) under tests/common's NodeServer, which starts
// node scripts: node launch.cjs PROGRAM [ARGS...]. The launcher shares our stdin, stdout and stderr, so its ready line
// reaches the test as it is, and it sees EOF on stdin when the test ends, as the node servers do. We exit with it.
'use strict';
const { spawn } = require('node:child_process');

const [program, ...args] = process.argv.slice(2);
if (!program) {
  console.error('usage: node launch.cjs PROGRAM [ARGS...]');
  process.exit(2);
}
const child = spawn(program, args, { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`launch.cjs: cannot start ${program}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => child.kill(signal));
