import { expect } from 'chai';
import { zonedInstant } from '../../src/common/clock';
import { orderingClosed, orderingClosesAt } from '../../src/domain/orders/ordering-cutoff';

describe('ordering cut-off (unit)', () => {
  // Expected instants written out by hand from each zone's offset on that date.
  for (const [zone, date, time, expected] of [
    ['Asia/Jakarta', '2031-03-10', '07:00', '2031-03-10T00:00:00.000Z'],
    ['Asia/Jakarta', '2031-03-10', '23:00', '2031-03-10T16:00:00.000Z'],
    ['UTC', '2031-03-10', '00:00', '2031-03-10T00:00:00.000Z'],
    ['America/New_York', '2031-01-15', '07:00', '2031-01-15T12:00:00.000Z'],
    ['America/New_York', '2031-07-15', '07:00', '2031-07-15T11:00:00.000Z'],
    // The day daylight saving starts (02:00 → 03:00) and the day it ends (02:00 → 01:00).
    ['America/New_York', '2031-03-09', '07:00', '2031-03-09T11:00:00.000Z'],
    ['America/New_York', '2031-11-02', '07:00', '2031-11-02T12:00:00.000Z'],
    ['Pacific/Auckland', '2031-04-06', '07:00', '2031-04-05T19:00:00.000Z'],
    ['Asia/Kolkata', '2031-03-10', '07:00', '2031-03-10T01:30:00.000Z'],
  ] as const) {
    it(`reads ${date} ${time} on the wall clock of ${zone} as ${expected}`, () => {
      expect(zonedInstant(date, time, zone).toISOString()).to.equal(expected);
    });
  }

  it('subtracts batasPesanMenit from the start, and has no cut-off for null', () => {
    const shift = { jamMulai: '07:00', batasPesanMenit: 1440 };
    expect(orderingClosesAt(shift, '2031-03-10', 'Asia/Jakarta')?.toISOString()).to.equal(
      '2031-03-09T00:00:00.000Z',
    );
    expect(
      orderingClosesAt({ jamMulai: '07:00', batasPesanMenit: null }, '2031-03-10', 'Asia/Jakarta'),
    ).to.equal(null);
  });

  it('is closed from the cut-off instant itself', () => {
    const closesAt = new Date('2031-03-10T00:00:00.000Z');
    expect(orderingClosed(closesAt, new Date('2031-03-09T23:59:59.999Z'))).to.equal(false);
    expect(orderingClosed(closesAt, closesAt)).to.equal(true);
    expect(orderingClosed(null, closesAt)).to.equal(false);
  });
});
