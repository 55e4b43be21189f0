// electron-builder afterPack hook: flips the hardening fuses (build/fuses.cjs) in the
// packaged Electron binary. Runs after packing and before code signing, which is the
// order fuses require (flipping changes the binary, so it must precede the signature).
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook, loaded by electron-builder with require()
const { fuseConfig } = require('./fuses.cjs');

// electron-builder's Arch enum: ia32=0, x64=1, armv7l=2, arm64=3, universal=4.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** @param {import('electron-builder').AfterPackContext} context */
module.exports = async function afterPack(context) {
  const { FuseV1Options, FuseVersion } = await import('@electron/fuses');
  const target = {
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  };
  // electron-builder resolves the binary path per platform (.app / .exe / executable name).
  await context.packager.addElectronFuses(context, fuseConfig(FuseV1Options, FuseVersion, target));
};
