import { describe, expect, it } from 'vitest';
import { ParseDurationInput, formatDuration, formatPace, formatSplit, parseDuration, parsePace } from './time.js';

describe('parseDuration', () => {
  describe('when given clock forms', () => {
    it('reads m:ss and h:mm:ss as seconds', () => {
      expect(parseDuration('22:00')).toBe(1320);
      expect(parseDuration('4:30')).toBe(270); // two parts are always minutes:seconds
      expect(parseDuration('1:29:30')).toBe(5370);
      expect(parseDuration('90:00')).toBe(5400);
      expect(parseDuration(' 01:02:03.5 ')).toBe(3723.5);
    });
  });

  describe('when given unit forms', () => {
    it('reads words and abbreviations as seconds', () => {
      expect(parseDuration('22 minutes')).toBe(1320);
      expect(parseDuration('90 min')).toBe(5400);
      expect(parseDuration('1h30')).toBe(5400);
      expect(parseDuration('1h 30m')).toBe(5400);
      expect(parseDuration('1 hour 30 minutes')).toBe(5400);
      expect(parseDuration('1.5h')).toBe(5400);
      expect(parseDuration('5m30')).toBe(330);
      expect(parseDuration('22 min 30 s')).toBe(1350);
      expect(parseDuration('45 SEC')).toBe(45);
    });
  });

  describe('when the text is ambiguous or malformed', () => {
    it('returns null instead of throwing', () => {
      for (const bad of ['', '   ', 'abc', '-5:00', '4:75', '1:75:00', '1h30h', '10 minutes 5 hours', '22 minutes ago', '1:2:3:4', '5 km']) {
        expect(parseDuration(bad), bad).toBeNull();
      }
    });

    it('reads a bare number only with an explicit unit', () => {
      expect(parseDuration('90')).toBeNull();
      expect(parseDuration('90', { bareNumberUnit: 'min' })).toBe(5400);
      expect(parseDuration('90', { bareNumberUnit: 'sec' })).toBe(90);
    });
  });
});

describe('formatSplit', () => {
  it('shows tenths only when they matter', () => {
    expect(formatSplit(133.5)).toBe('2:13.5');
    expect(formatSplit(135)).toBe('2:15');
    expect(formatSplit(134.96)).toBe('2:15');
  });
});

describe('formatDuration', () => {
  describe('when the duration is an hour or more', () => {
    it('formats h:mm:ss after rounding to whole seconds', () => {
      expect(formatDuration(4466.280736)).toBe('1:14:26');
      expect(formatDuration(3600)).toBe('1:00:00');
      expect(formatDuration(3599.6)).toBe('1:00:00');
    });
  });

  describe('when the duration is under an hour', () => {
    it('formats m:ss', () => {
      expect(formatDuration(293.0997)).toBe('4:53');
      expect(formatDuration(0)).toBe('0:00');
      expect(formatDuration(59.4)).toBe('0:59');
    });
  });

  describe('when the value is negative or not finite', () => {
    it('signs negatives and shows --:-- for NaN', () => {
      expect(formatDuration(-65)).toBe('-1:05');
      expect(formatDuration(Number.NaN)).toBe('--:--');
    });
  });
});

describe('formatPace', () => {
  describe('when given seconds per km', () => {
    it('formats m:ss/km', () => {
      expect(formatPace(293.0997)).toBe('4:53/km');
      expect(formatPace(354.375)).toBe('5:54/km');
    });
  });
});

describe('parsePace', () => {
  describe('when given a typed pace', () => {
    it('returns seconds per km, or null', () => {
      expect(parsePace('4:53/km')).toBe(293);
      expect(parsePace('4:53 min/km')).toBe(293);
      expect(parsePace('5:10 per km')).toBe(310);
      expect(parsePace('fast')).toBeNull();
      expect(parsePace('0:00/km')).toBeNull();
    });
  });
});

describe('ParseDurationInput', () => {
  describe('when the unit option is not one of min/sec', () => {
    it('rejects it', () => {
      expect(ParseDurationInput.safeParse({ text: '90', bareNumberUnit: 'hours' }).success).toBe(false);
      expect(ParseDurationInput.safeParse({ text: '90', bareNumberUnit: 'min' }).success).toBe(true);
    });
  });
});
