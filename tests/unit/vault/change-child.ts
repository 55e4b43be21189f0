// Child process for the crash test: changes the passphrase in a loop until it is killed.
import { Vault } from '../../../src/core/vault';

const [dir, a, b] = process.argv.slice(2) as [string, string, string];
let [from, to] = [a, b];
process.stdout.write('ready\n');
for (;;) {
  await Vault.changePassphrase(dir, from, to);
  [from, to] = [to, from];
}
