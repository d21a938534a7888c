// The start-up both Node test servers share (tests/idp/server.js, the local tenant, and tests/hostile/server.js, the
// hostile provider): listen on 127.0.0.1, then print the one JSON line on stdout that tests/common/NodeServer.cpp (and
// scripts/demo, scripts/bench) wait for, and run until SIGTERM, SIGINT, SIGHUP or EOF on stdin.
//
// CommonJS with node built-ins only, so that each server can import it by a relative path while keeping its own
// node_modules (an ES module imports it as `import { listen, runUntilStopped } from '../common/listen.cjs'`).
'use strict';

const fs = require('node:fs');

// Listens on 127.0.0.1:port (0: any free port) and resolves to the port it got.
function listen(server, port = 0) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

// Stops on SIGTERM, SIGINT, SIGHUP and, unless ignoreStdin, on EOF on stdin (only watched when stdin is a pipe or a
// socket: the launcher closes it to stop the server); then prints `ready` as one JSON line on stdout. Stopping calls
// onStop(code), closes the servers with their connections and exits with code 0.
function runUntilStopped(ready, { servers, ignoreStdin = false, onStop = () => {} }) {
  let stopping = false;
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    onStop(code);
    for (const s of servers) {
      s.close();
      s.closeAllConnections?.();
    }
    setTimeout(() => process.exit(code), 50).unref();
    setImmediate(() => process.exit(code));
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  process.on('SIGHUP', () => stop(0));

  if (!ignoreStdin) {
    let watch = false;
    try {
      const st = fs.fstatSync(0);
      watch = st.isFIFO() || st.isSocket();
    } catch {
      watch = false;
    }
    if (watch) {
      process.stdin.on('data', () => {});
      process.stdin.on('end', () => stop(0));
      process.stdin.on('error', () => stop(0));
      process.stdin.resume();
    }
  }

  process.stdout.write(`${JSON.stringify(ready)}\n`);
}

module.exports = { listen, runUntilStopped };
