import { escapeText } from './ics-format.js';
import type { TimeZone } from './time-zones.js';

function offset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, name: string, rule?: string): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, ...(rule ? [`RRULE:${rule}`] : []), `TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(to)}`, `TZNAME:${escapeText(name)}`, `END:${kind}`];
}

const hh = (hours: number): string => String(hours).padStart(2, '0');

/**
 * A VTIMEZONE for `zone`, written from the same rules `offsetMinutes` applies, so a
 * calendar reader turns each TZID time into the instant the generator meant.
 */
export function vtimezoneLines(zone: TimeZone): string[] {
  const std = zone.standardMinutes;
  const dst = std + 60;
  const daylight = zone.daylightName ?? zone.standardName;
  let observances: string[];
  switch (zone.rule) {
    case 'none':
      observances = observance('STANDARD', '19700101T000000', std, std, zone.standardName);
      break;
    case 'us':
      observances = [
        ...observance('DAYLIGHT', '20070311T020000', std, dst, daylight, 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'),
        ...observance('STANDARD', '20071104T020000', dst, std, zone.standardName, 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'),
      ];
      break;
    case 'eu': {
      // The switch is at 01:00 UTC, which is a different local hour in each zone.
      const at = (offsetMinutes: number): string => hh(1 + offsetMinutes / 60);
      observances = [
        ...observance('DAYLIGHT', `19810329T${at(std)}0000`, std, dst, daylight, 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
        ...observance('STANDARD', `19961027T${at(dst)}0000`, dst, std, zone.standardName, 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
      ];
      break;
    }
    case 'au':
      observances = [
        ...observance('STANDARD', '20080406T030000', dst, std, zone.standardName, 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'),
        ...observance('DAYLIGHT', '20081005T020000', std, dst, daylight, 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU'),
      ];
      break;
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone.id}`, ...observances, 'END:VTIMEZONE'];
}
