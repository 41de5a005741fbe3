import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Which project's files a run starts first: the long ones first, the many short unit files last. */
const PROJECT_ORDER = ['slow', 'integration', 'security', 'unit'];

/**
 * Vitest's order (projects by name, then the slowest of the last run first, else the largest file)
 * starts the slow project's files, the longest of the run, after integration and security, so a
 * 2-core run ends on them with one worker idle. This keeps vitest's order inside each project and
 * within each group of projects, but starts slow, then integration, then security, then unit,
 * whose short files fill in around the long ones.
 */
export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (s: TestSpecification) => {
      const i = PROJECT_ORDER.indexOf(s.project.name);
      return i === -1 ? PROJECT_ORDER.length : i;
    };
    // Array.prototype.sort is stable: vitest's order is kept among files of equal rank.
    return sorted.sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b));
  }
}
