import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isTopicTag } from '../ingest/tags.js';
import { STATIONS } from '../src/domain/standards.js';
import { standardsProblems } from '../training/validate.js';
import { chunkDocument } from '../ingest/chunks.js';
import { splitSections } from '../ingest/sections.js';

const DIR = new URL('../research/', import.meta.url);
const EXPECTED = [
  'team1a_event_format.md',
  'team1b_pacing.md',
  'team1c_station_breakdown.md',
  'team2_elite_athletes.md',
  'team2b_elite_completion.md',
  'team3a_programs_prvn_hwpo_comptrain.md',
  'team3b_programs_persist_hybrid_bpn.md',
  'team3c_crossfit_running.md',
  'team4_sports_science.md',
  'team4b_recovery_testing.md',
  'team5_periodization.md',
  'team5b_autoregulation.md',
  'team6_engineering.md',
  'team7_workout_construction.md',
  'team8_nutrition_recovery.md',
  // Issue 11: knowledge the coach lacked (race day, kit, venue; mental skills and finish times;
  // health, injury, masters; body weight, grip, station targets).
  'team9_race_day_kit_venue.md',
  'team10_mental_skills.md',
  'team11_health_injury_masters.md',
  'team12_body_weight_and_station_targets.md',
];
const read = (f: string) => readFileSync(new URL(f, DIR), 'utf8');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('research knowledge base', () => {
  it("has exactly the documents listed here (the build plan's fifteen plus later additions)", () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual([...EXPECTED].sort());
  });
  it('holds at least 50,000 words together', () => {
    expect(EXPECTED.reduce((n, f) => n + words(read(f)), 0)).toBeGreaterThanOrEqual(50_000);
  });

  describe.each(EXPECTED)('%s', (file) => {
    let text = '';
    beforeAll(() => {
      text = read(file);
    });
    it('has front matter with a title, vocabulary tags and a one-line summary', () => {
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(fm).not.toBeNull();
      const meta = parseYaml(fm![1]!) as { title?: string; tags?: string[]; summary?: string };
      expect(meta.title?.length).toBeGreaterThan(3);
      expect(meta.summary?.length).toBeGreaterThan(10);
      expect(meta.summary).not.toContain('\n');
      expect(meta.tags?.length).toBeGreaterThan(0);
      expect(meta.tags!.filter((t) => !isTopicTag(t))).toEqual([]);
    });
    it('has one H1, H2 sections with text, and a Sources section with addresses', () => {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/```[\s\S]*?```/g, '');
      expect(body.match(/^# /gm)).toHaveLength(1);
      expect((body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(file === 'team6_engineering.md' ? 4 : 8);
      const sources = body.split(/^## Sources\s*$/m)[1];
      expect(sources).toBeDefined();
      expect((sources!.match(/https?:\/\/\S+/g) ?? []).length).toBeGreaterThanOrEqual(2);
      const sections = splitSections(text).sections;
      expect(sections.every((s) => s.blocks.length > 0)).toBe(true);
    });
    it(`has at least ${file === 'team6_engineering.md' ? '1,500' : '2,500'} words`, () => {
      expect(words(text)).toBeGreaterThanOrEqual(file === 'team6_engineering.md' ? 1500 : 2500);
    });
    it('never contradicts the race standards', () => {
      expect(standardsProblems(text.split(/^## Sources\s*$/m)[0]!)).toEqual([]);
    });
    it('chunks into retrievable units within the token budget', () => {
      const chunks = chunkDocument(file, splitSections(text));
      expect(chunks.length).toBeGreaterThan(2);
      expect(chunks.every((c) => c.token_count <= 800)).toBe(true);
    });
  });

  it('states every station load the way the standards data does', () => {
    // Each station's Open Men and Open Women load appears somewhere in the event-format document.
    const text = read('team1a_event_format.md');
    for (const s of STATIONS.filter((x) => x.loadKg)) {
      expect(text).toContain(`${s.loadKg!.open_men} kg`);
      expect(text).toContain(`${s.loadKg!.open_women} kg`);
    }
  });
});
