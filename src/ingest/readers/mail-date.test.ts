import { describe, expect, it } from 'vitest';
import { parseMailDate } from './mail-date.js';
import { fromLineDate } from './mbox-from-line.js';

describe('parseMailDate', () => {
  it.each([
    ['Wed, 02 Jun 2010 11:06:27 +0800', '2010-06-02T03:06:27.000Z'],
    ['Sun, 7 Feb 2010 14:02:38 -0800 (PST)', '2010-02-07T22:02:38.000Z'],
    ['Wed, 20 Sep 1995 00:19:00 (EDT) -0400', '1995-09-20T04:19:00.000Z'],
    ['Wed, 17 Nov 2010 15:02:19 EST', '2010-11-17T20:02:19.000Z'],
    ['6 Feb 93 02:53 PDT', '1993-02-06T09:53:00.000Z'],
    ['Fri, 20 Sep 2019 12:27:54 -0000', '2019-09-20T12:27:54.000Z'],
    // No zone: UTC, never the machine's zone.
    ['Mon, 4 Mar 2024 10:00:00', '2024-03-04T10:00:00.000Z'],
    ['Tue, Jul 14 2015 12:19:08 +0800', '2015-07-14T04:19:08.000Z'],
    ['2024-03-04T10:00:00+02:00', '2024-03-04T08:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseMailDate(text)).toBe(iso);
  });

  it.each(['next Tuesday', '', '31 Feb 2024 10:00:00 +0000', '4 Mar 2024 25:00:00 +0000', '4 Mar 2024 10:00:00 +9999'])('rejects %j', (text) => {
    expect(parseMailDate(text)).toBeUndefined();
  });
});

describe('fromLineDate', () => {
  it.each([
    ['From users-return-12@ponymail.incubator.apache.org  Fri Sep 20 12:27:56 2019', '2019-09-20T12:27:56.000Z'],
    ['From MAILER-DAEMON Thu Dec  6 09:12:00 2018 -0800', '2018-12-06T17:12:00.000Z'],
    ['From 1234@xxx Wed Jan 11 10:01:23 +0000 2017', '2017-01-11T10:01:23.000Z'],
    ['From - Mon Mar 11 00:00:00 2024\r', '2024-03-11T00:00:00.000Z'],
    ['From bob@example.com Mon, 4 Mar 2024 10:00:00 +0100', '2024-03-04T09:00:00.000Z'],
  ])('reads %s', (line, iso) => {
    expect(fromLineDate(line)).toBe(iso);
  });

  it('has no date for a From_ line without one', () => {
    expect(fromLineDate('From MAILER-DAEMON')).toBeUndefined();
    expect(fromLineDate('From here on, we ship on Mondays')).toBeUndefined();
  });
});
