import { describe, expect, it } from 'vitest';
import { divisionDifference, raceFactParts } from './race-facts.js';

const first = (q: string, age?: number) => raceFactParts(q, age)[0] ?? '';

describe('raceFactParts: where a station falls in the order', () => {
  it('names the station after and before a named one, from the data', () => {
    expect(first('what station comes after the row')).toMatch(/^\*\*After the Row comes a 1 km run, then the Farmers Carry \(station 6, 200 m\)/);
    expect(first('whats right before the wall balls?')).toMatch(/Before the Wall Balls comes the Sandbag Lunges \(station 7, 100 m\)/);
    expect(first('what comes before the ski erg')).toMatch(/SkiErg is the first station/);
    expect(first('what comes after the wall balls?')).toMatch(/8th and last station/);
  });

  it('says which of two stations comes first, whichever is named first', () => {
    expect(first('is the skierg before or after the sled push')).toMatch(
      /^\*\*The SkiErg comes first\*\*: it is station 1 and the Sled Push is station 2/,
    );
    expect(first('does the sled pull come after the burpees?')).toMatch(/The Sled Pull comes first.*station 3.*Burpee Broad Jumps is station 4/);
    expect(first('which comes first, the row or the skierg?')).toMatch(/The SkiErg comes first.*4 runs of 1 km between/);
  });

  it('names a station by its place, and a place by its station', () => {
    expect(first("what's the 5th station?")).toBe('**Station 5 is the Row** (1,000 m), after run 5.');
    expect(first('which station is last')).toMatch(/Station 8 is the Wall Balls/);
    expect(first('what number station is the farmers carry')).toMatch(/Farmers Carry is station 6 of 8/);
    expect(first('whats station 5?')).toMatch(/Station 5 is the Row/);
    expect(first('station 3 is what?')).toMatch(/Station 3 is the Sled Pull/);
  });

  it('does not answer a question that only names a station by its place', () => {
    expect(raceFactParts('i blew up at station 5 last time what do i do next time', undefined)).toEqual([]);
  });

  it('stays out of questions that only mention order words', () => {
    expect(raceFactParts('how many wall balls unbroken? i can do 30 fresh but after lunges i die', undefined)).toEqual([]);
    expect(raceFactParts('what should i eat after the row session?', undefined)).toEqual([]);
    expect(raceFactParts('what comes after the row in my week?', undefined)).toEqual([]);
    expect(raceFactParts('how do i pace the row', undefined)).toEqual([]);
  });
});

describe('raceFactParts: entry and timing rules', () => {
  it('answers the time cap and leaves a workout time cap alone', () => {
    expect(first("is there a time limit for hyrox? i'm slow")).toMatch(/^\*\*There is no time cap in Hyrox\*\*/);
    expect(first('whats the cut off if im too slow')).toMatch(/no time cap/);
    expect(raceFactParts('give me an amrap with a 20 min time cap', undefined)).toEqual([]);
    expect(raceFactParts('should i cut off my long run at 90 min', undefined)).toEqual([]);
  });

  it('gives the minimum age, with the verdict for the age given', () => {
    expect(first('how old do you have to be to do hyrox?')).toMatch(/^\*\*The minimum age is 16\*\*/);
    expect(first("i'm 17 can i enter", 17)).toMatch(/^\*\*Yes: the minimum age is 16\*\*, so a 17-year-old can enter/);
    expect(first('can a 15 year old do hyrox? minimum age?', 15)).toMatch(/a 15-year-old cannot enter yet/);
    // An adult's age alone is not an entry question, nor is a teenager's race already entered.
    expect(raceFactParts('im 45, can i race hyrox?', 45)).toEqual([]);
    expect(raceFactParts('im 17 and my race is in 3 weeks, how should i taper?', 17)).toEqual([]);
    expect(raceFactParts('16 year old here, can i do pro division?', 16)).toEqual([]);
  });

  it('says how Roxzone time is counted', () => {
    expect(first('what does the roxzone count as, is it part of my run time')).toMatch(
      /^\*\*Roxzone is timed separately from the runs and the stations, and it counts in your total finish time\*\*/,
    );
    expect(first('so the walk from the last run to the wall balls, is the transition counted as run time?')).toMatch(
      /counts as run time, not Roxzone/,
    );
    expect(raceFactParts('how do i get faster through the roxzone', undefined)).toEqual([]);
  });
});

describe('raceFactParts: the shape of the race', () => {
  it('places the runs before the stations and ends on the wall balls', () => {
    const a = first('is the run before or after each station, and is there a run at the end?');
    expect(a).toMatch(/^\*\*Every station comes after a 1 km run\*\*/);
    expect(a).toMatch(/ends with the Wall Balls \(station 8\), so there is no run after the last station/);
    expect(first('do you start with a run or a station?')).toMatch(/starts with run 1, then the SkiErg/);
    // A session that ends on a run is training, not the race.
    expect(raceFactParts('should i finish with a run at the end of my station session?', undefined)).toEqual([]);
  });

  it('says the format is the same everywhere, with the verdict the question needs', () => {
    expect(first('is hyrox the same everywhere in the world, like same weights in usa and uk')).toMatch(
      /^\*\*Yes: the format is the same at every Hyrox race\*\*.*not by country or venue/,
    );
    expect(first('do the stations change each race or is it always the same order')).toMatch(/^\*\*No: the format is the same/);
    expect(raceFactParts('should i do the same week every week?', undefined)).toEqual([]);
    expect(first('same stations in the same order at every hyrox? doing london then berlin')).toMatch(/^\*\*Yes: the format is the same/);
  });

  it('says times from different venues compare roughly, not exactly, and why', () => {
    const a = first('is a time in london actually comparable to one in dublin?');
    expect(a).toMatch(/^\*\*Roughly, not exactly\.\*\*/);
    expect(a).toMatch(/floor \(carpet or turf\).*laps and 90° turns/);
    expect(first('are some venues faster than others?')).toMatch(/^\*\*Roughly, not exactly/);
    expect(first('can i compare my time with my mates if we raced different cities?')).toMatch(/^\*\*Roughly/);
    // Comparing with a test or another sport is not about venues; a course session is training.
    expect(raceFactParts('how does my hyrox time compare to a marathon time?', undefined)).toEqual([]);
    expect(raceFactParts('can i compare my sled times between sessions on different floors in training?', undefined)).toEqual([]);
  });

  it('answers a mass start with waves, and leaves pacing at the start alone', () => {
    expect(first('how many people race at the same time? is it a mass start')).toMatch(/^\*\*No mass start: Hyrox starts athletes in waves\*\*/);
    expect(first('do we all start together?')).toMatch(/wrong wave is a disqualification/);
    expect(raceFactParts('how do i not go out too fast at the start?', undefined)).toEqual([]);
  });
});

describe('divisionDifference', () => {
  it('says only the loads differ between Pro and Open', () => {
    expect(divisionDifference('whats the difference between pro and open apart from weight')[0]).toMatch(
      /^\*\*Only the loads differ\*\*: Pro and Open race the same 8 runs of 1 km and the same 8 stations/,
    );
    expect(divisionDifference('pro vs open, is it just heavier?')).toHaveLength(1);
  });

  it('leaves a list of divisions and a station question to their own answers', () => {
    expect(divisionDifference('what are the different divisions? open, pro, doubles... is there more?')).toEqual([]);
    expect(divisionDifference('how many wall balls in pro vs open? same number?')).toEqual([]);
  });
});

describe("a station's distance or reps said back, and the run count", () => {
  it('confirms, corrects or picks from the standards', () => {
    expect(first('farmers carry distance, 200m? one lap or up and back')).toBe('**Yes: the Farmers Carry station is 200 m in every division.**');
    expect(first('burpee broad jump 80m or 100m?')).toBe('**The Burpee Broad Jumps station is 80 m in every division.**');
    expect(first('sandbag lunges 200m?')).toBe('**No: the Sandbag Lunges station is 100 m in every division** (not 200 m).');
    expect(first('100 wall balls right?')).toBe('**Yes: the Wall Balls station is 100 reps in every division.**');
    expect(raceFactParts('sled push 4 x 25m in my session, ok?', undefined)).toEqual([]);
    expect(raceFactParts('wall ball strategy for 100 reps? unbroken is not happening for me haha', undefined)).toEqual([]);
    expect(raceFactParts('Do women still do 75 wall balls or is it 100 now?', undefined)).toEqual([]);
  });
  it('counts the runs of the race, not the runs of a training week', () => {
    expect(first('is it 8 runs or 9 cos of the start')).toMatch(/^\*\*8 runs of 1 km\*\*/);
    expect(first('how many runs are there in a hyrox')).toMatch(/^\*\*8 runs of 1 km\*\*/);
    expect(raceFactParts('how many runs a week should i do', undefined)).toEqual([]);
  });
});

describe('the minimum age, asked for a child or as "age minimum"', () => {
  it('answers from the standards', () => {
    expect(first('can my 15 year old son do hyrox with me?', 15)).toMatch(/^\*\*The minimum age is 16\*\*, so a 15-year-old cannot enter yet/);
    expect(first('is there an age minimum to race')).toMatch(/^\*\*The minimum age is 16\*\*/);
  });
});

describe('raceFactParts: the end of the race, rest and run lengths', () => {
  it('says the clock stops on the last wall ball, and leaves the Roxzone and the finish area to their own answers', () => {
    expect(first('when does the timer stop at the end, is it when i cross a line or after the wall balls')).toMatch(
      /^\*\*The clock stops when your last wall ball hits the target\*\*/,
    );
    expect(raceFactParts('does the clock stop when ur in the roxzone or is it one time for everything?', undefined)).toEqual([]);
    expect(raceFactParts('what happens after i finish? do i get my splits right away', undefined)).toEqual([]);
  });

  it('answers "another run after the wall balls?" with no, and keeps the whole order for a question about each station', () => {
    expect(first('what happens when you finish the last station, do you have to run again after wall balls?')).toMatch(
      /^\*\*No: the race ends with the Wall Balls/,
    );
    expect(first('is the run before or after each station, and is there a run at the end?')).toMatch(/^\*\*Every station comes after a 1 km run\*\*/);
  });

  it('says there is no scheduled rest in the race, not in a training sim', () => {
    expect(first('do we get any breaks between stations or is it non stop')).toMatch(/^\*\*No scheduled rest: Hyrox is non-stop\.\*\*/);
    expect(raceFactParts('how long should i rest between stations in my sim', undefined)).toEqual([]);
  });

  it('says run 1 and the last run can differ in length, and leaves split times alone', () => {
    expect(first('is run 1 the same length as the other runs')).toMatch(/run 1 can differ in length/);
    expect(raceFactParts('why is my run 8 so much slower than run 1', undefined)).toEqual([]);
  });

  it('names the station after one asked as "the station right after"', () => {
    expect(first('whats the station right after the row')).toMatch(/After the Row comes a 1 km run, then the Farmers Carry/);
  });
});
