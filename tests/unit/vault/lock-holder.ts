// Child process for lock.test.ts: takes the folder lock, says so, and holds it until killed.
import { VaultLock } from '../../../src/core/vault/lock';

const [dir] = process.argv.slice(2) as [string];
VaultLock.acquire(dir);
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
