import {
  addWorkingDays,
  deadlineWithPauses,
  isOverdue,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.util';

/** An instant given as Amsterdam wall-clock time with its explicit UTC offset. */
const at = (isoWithOffset: string): Date => new Date(isoWithOffset);

describe('isWorkingDay', () => {
  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-25')).toBe(false);
  });

  it('rejects malformed and non-existent dates', () => {
    expect(() => isWorkingDay('2026-2-3')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of receipt: 5 working days from a Friday is the next Friday', () => {
    expect(addWorkingDays(at('2026-03-06T10:00:00+01:00'), 5)).toBe('2026-03-13');
  });

  it('returns the day of receipt for n = 0 and rejects negative or fractional n', () => {
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
    expect(() => addWorkingDays('2026-03-07', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-07', 1.5)).toThrow(RangeError);
  });

  it('skips Koningsdag (Monday 27 April 2026) and Bevrijdingsdag (Tuesday 5 May 2026)', () => {
    // Tue 28, Wed 29, Thu 30, Fri 1 May, (Mon 4 May)
    expect(addWorkingDays(at('2026-04-24T10:00:00+02:00'), 5)).toBe('2026-05-04');
    // … and the next one is Wednesday 6 May because 5 May is a holiday every year.
    expect(addWorkingDays(at('2026-04-24T10:00:00+02:00'), 6)).toBe('2026-05-06');
  });

  it('skips Hemelvaartsdag and the equated Friday after it (14 and 15 May 2026)', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-18');
  });

  it('skips Goede Vrijdag and Tweede Paasdag (3 and 6 April 2026)', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('skips Tweede Pinksterdag (25 May 2026)', () => {
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('crosses Christmas and New Year (2025 → 2026, with the equated 2 January 2026)', () => {
    // Tue 23, Wed 24, (Christmas Thu/Fri), Mon 29, Tue 30, Wed 31
    expect(addWorkingDays('2025-12-22', 5)).toBe('2025-12-31');
    // Thu 1 Jan holiday, Fri 2 Jan equated, weekend → Monday 5 January
    expect(addWorkingDays('2025-12-22', 6)).toBe('2026-01-05');
  });

  it('crosses Christmas and New Year 2026 → 2027', () => {
    // Thu 24, (Fri 25, Sat 26), Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 Jan 2027) → Mon 4 Jan
    expect(addWorkingDays('2026-12-23', 6)).toBe('2027-01-04');
  });

  describe('daylight-saving changes use the Amsterdam date, not the UTC date', () => {
    it('spring forward: 00:30 on Monday 30 March 2026 (CEST) is still Sunday in UTC', () => {
      const mondayJustAfterMidnight = new Date('2026-03-29T22:30:00Z');
      expect(addWorkingDays(mondayJustAfterMidnight, 1)).toBe('2026-03-31');
    });

    it('spring forward: the instants around 02:00 → 03:00 on 29 March 2026 are the same Sunday', () => {
      expect(addWorkingDays(new Date('2026-03-29T00:59:59Z'), 1)).toBe('2026-03-30');
      expect(addWorkingDays(new Date('2026-03-29T01:00:00Z'), 1)).toBe('2026-03-30');
    });

    it('fall back: 00:30 on Sunday 25 October 2026 (CEST) is Saturday in UTC', () => {
      expect(addWorkingDays(new Date('2026-10-24T22:30:00Z'), 1)).toBe('2026-10-26');
    });

    it('fall back: midnight after the change is 23:00 UTC (CET)', () => {
      expect(addWorkingDays(new Date('2026-10-25T22:59:59Z'), 1)).toBe('2026-10-26'); // Sunday 23:59:59
      expect(addWorkingDays(new Date('2026-10-25T23:00:00Z'), 1)).toBe('2026-10-27'); // Monday 00:00
    });
  });
});

describe('workingDaysBetween', () => {
  it('counts days after a up to and including b', () => {
    expect(workingDaysBetween('2026-04-24', '2026-05-04')).toBe(5);
    expect(workingDaysBetween('2026-05-04', '2026-04-24')).toBe(-5);
    expect(workingDaysBetween('2026-03-07', '2026-03-08')).toBe(0);
  });

  it('is the inverse of addWorkingDays for every start day of 2026', () => {
    for (let dayOfYear = 0; dayOfYear < 365; dayOfYear++) {
      const start = new Date(Date.UTC(2026, 0, 1 + dayOfYear, 11));
      for (const n of [1, 5, 10, 20]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});

describe('deadlineWithPauses', () => {
  // Received Monday 2 March 2026; 10 working days without pauses → Monday 16 March.
  const received = at('2026-03-02T10:00:00+01:00');
  const now = at('2026-04-01T12:00:00+02:00');

  it('equals addWorkingDays without pauses', () => {
    expect(deadlineWithPauses(received, 10, [], now)).toBe(addWorkingDays(received, 10));
    expect(deadlineWithPauses(received, 10, [], now)).toBe('2026-03-16');
  });

  it('shifts by 3 for a pause touching 3 working days (Tue 09:00 → Thu 17:00)', () => {
    const pause = { from: at('2026-03-03T09:00:00+01:00'), to: at('2026-03-05T17:00:00+01:00') };
    expect(deadlineWithPauses(received, 10, [pause], now)).toBe('2026-03-19');
  });

  it('counts a partly paused day as a full lost day (Fri 16:00 → Mon 10:00 costs 2)', () => {
    const pause = { from: at('2026-03-06T16:00:00+01:00'), to: at('2026-03-09T10:00:00+01:00') };
    expect(deadlineWithPauses(received, 10, [pause], now)).toBe('2026-03-18');
  });

  it('does not count weekend days inside a pause (Sat 00:00 → Mon 00:00 costs nothing)', () => {
    const pause = { from: at('2026-03-07T00:00:00+01:00'), to: at('2026-03-09T00:00:00+01:00') };
    expect(deadlineWithPauses(received, 10, [pause], now)).toBe('2026-03-16');
  });

  it('counts an open pause until now (Tue 10 → now Thu 12 March: 3 working days)', () => {
    const pause = { from: at('2026-03-10T09:00:00+01:00') };
    expect(deadlineWithPauses(received, 10, [pause], at('2026-03-12T11:00:00+01:00'))).toBe('2026-03-19');
    // The next day the same open pause has cost one more working day.
    expect(deadlineWithPauses(received, 10, [pause], at('2026-03-13T11:00:00+01:00'))).toBe('2026-03-20');
    // An open pause that has not started yet costs nothing.
    expect(deadlineWithPauses(received, 10, [pause], at('2026-03-09T11:00:00+01:00'))).toBe('2026-03-16');
  });

  it('does not double-count overlapping pauses', () => {
    const pauses = [
      { from: at('2026-03-03T09:00:00+01:00'), to: at('2026-03-05T17:00:00+01:00') },
      { from: at('2026-03-04T09:00:00+01:00'), to: at('2026-03-04T12:00:00+01:00') },
    ];
    expect(deadlineWithPauses(received, 10, pauses, now)).toBe('2026-03-19');
  });

  it('ignores the day of receipt and pauses after the due date', () => {
    const onReceiptDay = { from: at('2026-03-02T11:00:00+01:00'), to: at('2026-03-02T15:00:00+01:00') };
    const afterDue = { from: at('2026-03-17T09:00:00+01:00'), to: at('2026-03-18T09:00:00+01:00') };
    expect(deadlineWithPauses(received, 10, [onReceiptDay, afterDue], now)).toBe('2026-03-16');
  });

  it('ignores zero-length pauses and rejects pauses that end before they start', () => {
    const instant = at('2026-03-03T09:00:00+01:00');
    expect(deadlineWithPauses(received, 10, [{ from: instant, to: instant }], now)).toBe('2026-03-16');
    expect(() =>
      deadlineWithPauses(received, 10, [{ from: instant, to: at('2026-03-03T08:00:00+01:00') }], now),
    ).toThrow(RangeError);
  });

  it('uses Amsterdam midnight across the DST change (pause ends Mon 26 Oct 2026 00:00 CET)', () => {
    const receivedInOctober = at('2026-10-20T10:00:00+02:00'); // Tuesday
    expect(addWorkingDays(receivedInOctober, 5)).toBe('2026-10-27');
    const pause = { from: at('2026-10-23T17:00:00+02:00'), to: new Date('2026-10-25T23:00:00Z') };
    // Only Friday 23 October is touched.
    expect(deadlineWithPauses(receivedInOctober, 5, [pause], now)).toBe('2026-10-28');
  });

  it('extends across holidays: a pause over Koningsdag week only costs the working days', () => {
    // Received Thu 23 April 2026; 5 working days → Fri 24, Tue 28, Wed 29, Thu 30, Fri 1 May.
    const receivedInApril = at('2026-04-23T10:00:00+02:00');
    expect(addWorkingDays(receivedInApril, 5)).toBe('2026-05-01');
    // Pause Fri 24 April 12:00 → Wed 29 April 08:00 touches Fri 24, Tue 28, Wed 29 (Mon 27 is Koningsdag).
    const pause = { from: at('2026-04-24T12:00:00+02:00'), to: at('2026-04-29T08:00:00+02:00') };
    // Remaining: Thu 30, Fri 1, Mon 4, (Tue 5 May), Wed 6, Thu 7 May.
    expect(deadlineWithPauses(receivedInApril, 5, [pause], now)).toBe('2026-05-07');
  });
});

describe('isOverdue', () => {
  it('allows the whole due day in Amsterdam time', () => {
    expect(isOverdue('2026-05-04', new Date('2026-05-04T21:59:59Z'))).toBe(false); // 23:59:59 CEST
    expect(isOverdue('2026-05-04', new Date('2026-05-04T22:00:00Z'))).toBe(true); // 00:00 on 5 May
    expect(isOverdue('2026-05-04', at('2026-05-01T12:00:00+02:00'))).toBe(false);
  });
});
