// Child process for the logbook crash test: records conversations in a loop until it is killed.
// Each conversation.add writes the conversation, its logbook event and its audit row in one
// transaction; the parent kills this process at arbitrary moments and checks all-or-nothing.
import { createTestService, type TestDirs } from '../helpers/service';

const [root, dossierId] = process.argv.slice(2) as [string, string];
const dirs: TestDirs = { root, appData: `${root}/appdata`, vault: `${root}/vault`, out: `${root}/out` };
const t = await createTestService({ dirs, create: false });
await t.dispatchOk('vault.unlock', { passphrase: t.passphrase });
for (let i = 0; ; i += 1) {
  // Ready once the first conversation is committed, so every run adds at least one.
  if (i === 1) process.stdout.write('ready\n');
  await t.dispatchOk('conversation.add', {
    dossierId,
    conversation: {
      stepId: 'gesprek-ouders-slachtoffer',
      withWhom: `Ouders ${i}`,
      personIds: [],
      heldAt: new Date(Date.now() - 60_000).toISOString(),
      heldBy: 'Mentor',
      location: '',
      preparation: {},
      summary: 'Samenvatting '.repeat(20),
      agreements: '',
      followUp: '',
    },
  });
}
