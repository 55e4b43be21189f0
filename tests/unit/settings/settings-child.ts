// Child process for settings.test.ts: rewrites settings.json in a loop until it is killed.
import { SettingsStore } from '../../../src/core/settings';

const [appData, vaultDir] = process.argv.slice(2) as [string, string];
const store = new SettingsStore(appData, vaultDir);
let n = 0;
process.stdout.write('ready\n');
for (;;) {
  n = (n % 60) + 1;
  // A long location makes each write span more than one disk block.
  store.update({ idleLockMinutes: n, vaultLocation: `${vaultDir}/${'x'.repeat(5000 + n)}`.slice(0, 4096) });
}
