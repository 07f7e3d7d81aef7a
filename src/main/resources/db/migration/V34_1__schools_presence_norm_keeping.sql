-- OND-2 (ADR 0041): the policy officer keeps the presence norms on screen; when a norm was recorded, for the trail.
alter table school_presence_norm add column recorded_at timestamptz;
