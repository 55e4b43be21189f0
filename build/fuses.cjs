// Electron fuses for the packaged app (flipped in the binary, cannot be changed at runtime).
// Pure data so tests can assert them without building; used by build/after-pack.cjs.
'use strict';

/**
 * @param {typeof import('@electron/fuses').FuseV1Options} FuseV1Options
 * @param {typeof import('@electron/fuses').FuseVersion} FuseVersion
 * @param {{ platform: string, arch: string }} target
 */
function fuseConfig(FuseV1Options, FuseVersion, target) {
  return {
    version: FuseVersion.V1,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: target.platform === 'darwin' && target.arch === 'arm64',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node runtime.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS could preload arbitrary code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect would let anyone with a shell attach a debugger and read the open vault.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // Together: only our app.asar is loaded, and only if its hash matches the build.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

module.exports = { fuseConfig };
