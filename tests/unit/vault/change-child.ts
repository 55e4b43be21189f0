// Child process for the crash test: changes the passphrase in a loop until it is killed.
import { Vault } from '../../../src/core/vault';
import { TINY_KDF } from './helpers';

const [dir, a, b] = process.argv.slice(2) as [string, string, string];
let [from, to] = [a, b];
process.stdout.write('ready\n');
for (;;) {
  // One way to change the passphrase: open, prove the old one, re-wrap, close.
  const v = await Vault.unlock(dir, from, { kdf: TINY_KDF });
  try {
    await v.changePassphrase(from, to);
  } finally {
    v.close();
  }
  [from, to] = [to, from];
}
