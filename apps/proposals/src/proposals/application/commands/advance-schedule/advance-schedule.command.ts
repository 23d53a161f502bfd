/** What a scheduler round did: the ids of the proposals it opened and closed. */
export interface ScheduleRound {
  opened: string[];
  closed: string[];
}

/**
 * Open every consultation whose opening time has come and close every one past its closing second
 * (the scheduler's timer issues it, and so does publishing, for a proposal that is due at once).
 */
export class AdvanceScheduleCommand {}
