/**
 * The main job without a window: `npm run demo -- <outdir>` creates <outdir>/vault with a
 * realistic, fictitious dossier and writes every document into <outdir>/documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { headlessPlatform } from '../src/core/platform';
import { createVangnetService } from '../src/core/service';
import { SettingsStore } from '../src/core/settings';
import { seedDemoDossier } from '../src/core/demo/scenario';
import { writeAllDocuments } from '../src/core/documents/demo-documents';

const PASSPHRASE = 'demo-kluis: zeven rustige meeuwen boven de haven';

async function main(): Promise<void> {
  const outArg = process.argv[2];
  if (!outArg) {
    console.error('Gebruik: npm run demo -- <uitvoermap>');
    process.exit(2);
  }
  const outdir = path.resolve(outArg);
  const vaultDir = path.join(outdir, 'vault');
  if (fs.existsSync(vaultDir) && fs.readdirSync(vaultDir).length > 0) {
    console.error(`De map ${vaultDir} bestaat al en is niet leeg. Kies een nieuwe uitvoermap.`);
    process.exit(2);
  }
  fs.mkdirSync(outdir, { recursive: true });
  const service = createVangnetService({
    platform: headlessPlatform,
    settings: new SettingsStore(path.join(outdir, 'app-data'), vaultDir),
  });
  const created = await service.dispatch('vault.create', { userName: 'Marieke Jansen', passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  const { recoveryKey } = created.value as { recoveryKey: string };
  const { dossierId } = await seedDemoDossier(service.dispatch);

  const { count } = await writeAllDocuments(service, outdir, dossierId, recoveryKey);
  service.lock();

  console.log(`Vangnet-demo aangemaakt.
Kluis:            ${vaultDir}
Wachtwoordzin:    ${PASSPHRASE}
Herstelsleutel:   ${recoveryKey}
Documenten:       ${path.join(outdir, 'documents')} (${count} bestanden + manifest.json)

Alle namen en gegevens in deze demo zijn verzonnen.`);
}

main().catch((err: unknown) => {
  console.error(`Demo mislukt: ${(err as Error).message}`);
  process.exit(1);
});
