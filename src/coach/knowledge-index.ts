import type { Queryable } from '../db/db.js';
import { REGISTERED_MODEL_SQL } from '../db/fine-tune-jobs.js';
import { askedOf } from '../db/knowledge.js';
import type { RetrievedChunk } from '../retrieval/search.js';
import { buildSectionIndex, type SectionIndex } from './core/section-search.js';

/**
 * The in-memory section index of the knowledge base (a few hundred sections), rebuilt when an
 * ingest changes the table: the fingerprint is the row count and the latest update.
 */
const cache = new WeakMap<object, { fingerprint: string; index: SectionIndex }>();

type Row = { id: string; source_doc: string; section: string; content: string; topic_tags: string[]; asked: string };

/**
 * The section index and the newest registered fine-tune's model (registeredModel), which every
 * answer reads first: one statement, kept prepared (parsed and planned once per connection).
 */
export async function knowledgeAndModel(db: Queryable): Promise<{ index: SectionIndex; registeredModel: string | undefined }> {
  const f = await db.one<{ n: string; latest: string | null; registered_model: string | null }>(
    `select count(*)::text as n, max(updated_at)::text as latest, (${REGISTERED_MODEL_SQL}) as registered_model from knowledge_chunks`,
    [],
    { prepare: true },
  );
  const registeredModel = f?.registered_model ?? undefined;
  const fingerprint = `${f?.n}:${f?.latest}`;
  const hit = cache.get(db);
  if (hit?.fingerprint === fingerprint) return { index: hit.index, registeredModel };
  const rows = await db.query<Row>('select id, source_doc, section, content, topic_tags, asked from knowledge_chunks order by id limit 5000');
  const chunks: RetrievedChunk[] = rows.map((r) => ({
    id: r.id,
    sourceDoc: r.source_doc,
    section: r.section,
    content: r.content,
    topicTags: r.topic_tags,
    ...askedOf(r.asked),
    score: 0,
  }));
  const index = buildSectionIndex(chunks);
  cache.set(db, { fingerprint, index });
  return { index, registeredModel };
}
