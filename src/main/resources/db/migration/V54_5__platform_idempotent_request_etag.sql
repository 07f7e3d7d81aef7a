-- Issue 19 item 2: a replayed answer is the same answer, headers included: the ETag of the first answer (the version
-- a client names in its next If-Match) is kept with its status, body and Location.
alter table idempotent_request add column etag text;
