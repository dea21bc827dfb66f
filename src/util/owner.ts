// Which process owns a lock or an unfinished write: its PID and host, and whether it is gone.
import os from 'node:os';

export interface Owner {
  pid: number;
  host: string;
  /** ISO time the record was made. */
  created?: string;
}

/** This process, as recorded in locks and journals. */
export function currentOwner(): Owner {
  return { pid: process.pid, host: os.hostname(), created: new Date().toISOString() };
}

/**
 * True when the owner certainly no longer runs: same host and no such process. False when it runs
 * (or may: another host cannot be asked). This process counts as alive.
 */
export function ownerGone(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return true;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    // EPERM: the process exists but belongs to another user
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Reads an owner record: JSON `{pid, host, created}`, or the bare PID older diglot versions wrote. */
export function parseOwner(text: string): Owner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), host: os.hostname() };
  try {
    const v = JSON.parse(trimmed) as Partial<Owner>;
    if (typeof v.pid === 'number' && typeof v.host === 'string') return { pid: v.pid, host: v.host, ...(typeof v.created === 'string' ? { created: v.created } : {}) };
  } catch {
    // not JSON: unknown owner
  }
  return undefined;
}

/** "process 123 on host h" for messages. */
export function describeOwner(owner: Owner | undefined): string {
  if (!owner) return 'an unknown process';
  return `process ${owner.pid}${owner.host === os.hostname() ? '' : ` on host ${owner.host}`}`;
}
