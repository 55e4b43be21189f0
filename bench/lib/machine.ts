import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  release: string;
  node: string;
  gitCommit: string | null;
  /** 1-minute load average at the start and at the end of the run (Linux/macOS; 0 on Windows). */
  loadAvgStart: number;
  loadAvgEnd?: number;
  /** Linux PSI: share of time runnable tasks waited for a CPU (avg over 300 s), at start / end. */
  cpuPressureStart: number | null;
  cpuPressureEnd?: number | null;
}

/** /proc/pressure/cpu "some avg300", or null where PSI is not available. */
export function cpuPressure(): number | null {
  try {
    const m = /some avg10=\S+ avg60=\S+ avg300=(\S+)/.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function machineInfo(): MachineInfo {
  let gitCommit: string | null;
  try {
    gitCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    gitCommit = null;
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.arch()}`,
    release: os.release(),
    node: process.version,
    gitCommit,
    loadAvgStart: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    cpuPressureStart: cpuPressure(),
  };
}
