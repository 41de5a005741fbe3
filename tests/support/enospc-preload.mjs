// Preloaded into a child process (node --import) by the faults test: every write to a file under
// the folder $ENOSPC_UNDER fails as a full disk does (ENOSPC). It stands in for a full file system, which a
// test cannot create without root; everything above the fs calls is the real product.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const under = process.env.ENOSPC_UNDER && `${process.env.ENOSPC_UNDER}/`;
const fds = new Set();
const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
const { openSync, writeSync, writeFileSync, closeSync } = fs;
fs.openSync = function (p, ...rest) {
  const fd = openSync.call(this, p, ...rest);
  if (under && String(p).startsWith(under)) fds.add(fd);
  return fd;
};
fs.closeSync = function (fd, ...rest) {
  fds.delete(fd);
  return closeSync.call(this, fd, ...rest);
};
fs.writeSync = function (fd, ...rest) {
  if (fds.has(fd)) throw full();
  return writeSync.call(this, fd, ...rest);
};
fs.writeFileSync = function (p, ...rest) {
  if (under && typeof p === 'string' && p.startsWith(under)) throw full();
  return writeFileSync.call(this, p, ...rest);
};
syncBuiltinESMExports();
