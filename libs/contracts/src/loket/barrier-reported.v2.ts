import { Topics } from '../topics';
import { BarrierReportedFields } from './barrier-reported.v1';

/**
 * A barrier report was received at the loket. No free text typed by the reporter travels: the title
 * and description stay in the loket's database (issue 9), so erasing or correcting them is a change
 * in one database, never a rewrite of the log. The regulation's name was still here; version 3
 * replaces it with the identifier the loket's regulation index finds (still accepted from the log).
 */
export class BarrierReportedV2 extends BarrierReportedFields {
  static readonly type = 'loket.BarrierReported';
  static readonly version = 2;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A barrier in a law or regulation was reported at the loket (ids, codes and dates only; the reporter’s text stays in the loket).';
}
