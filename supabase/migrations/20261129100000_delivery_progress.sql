-- Delivery progress of an answer to Discord, so a retried job resumes where it stopped:
-- a long answer goes out in parts (edit of the deferred reply, then follow-ups), and a part that
-- went out must never be sent again or overwritten by the failure apology.
--   delivered_parts: how many parts Discord has accepted (the first one's id is discord_message_id);
--   delivered_at:    set once every part, the thread and the 👍/👎 reactions are done.
alter table conversations add column if not exists delivered_parts int not null default 0 check (delivered_parts >= 0);
alter table conversations add column if not exists delivered_at timestamptz;
-- Rows answered before this migration were delivered whole when they got a message id.
update conversations set delivered_at = created_at where discord_message_id is not null and delivered_at is null;
