import { Injectable } from '@nestjs/common';
import { LoketEnv } from '../../../config/loket.env';

/** The queue of reports no department holds yet. */
export const INTAKE_QUEUE = 'intake';

/**
 * `CODE=address` pairs with a `*` fallback (LOKET_DEPARTMENT_MAILBOXES) → the mailbox of a
 * department, or undefined when it has none. `{department}` in an address is the lower-case code.
 */
export function departmentMailboxes(setting: string): (department: string) => string | undefined {
  const entries = new Map(
    setting
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [code, address] = entry.split('=').map((part) => part.trim());
        return [code.toLowerCase(), address] as const;
      }),
  );
  return (department) => {
    const address = entries.get(department.toLowerCase()) ?? entries.get('*');
    return address?.replace('{department}', department.toLowerCase());
  };
}

@Injectable()
export class DepartmentMailboxes {
  private readonly lookup: (department: string) => string | undefined;

  constructor(env: LoketEnv) {
    this.lookup = departmentMailboxes(env.LOKET_DEPARTMENT_MAILBOXES);
  }

  /** The mailbox of the queue a report is in: its department's, or the intake's before triage. */
  of(department: string | undefined): string | undefined {
    return this.lookup(department ?? INTAKE_QUEUE);
  }
}
