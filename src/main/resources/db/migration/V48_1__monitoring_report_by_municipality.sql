-- Issue 19, P3 (ADR 0052): each query of the monthly waiting-term report (TOE-9) reads one municipality through an
-- index leading with it, so the report costs what that municipality holds, not what the country holds.

-- Taken into treatment late in a month: only the late starts of the municipality, by the day they started.
create index monitoring_treatment_wait_late_idx on monitoring_treatment_wait (municipality_code, started_on)
    where started_on > deadline;

-- Still waiting, never started: only the municipality's requests without a first conversation, by deadline.
create index monitoring_treatment_wait_unstarted_idx on monitoring_treatment_wait (municipality_code, deadline)
    where started_on is null;

-- Closures recorded before they carried their municipality (V24_1) and whose municipality could not be derived:
-- the report always considers them; this keeps finding them cheap.
create index monitoring_closure_without_municipality_idx on monitoring_closure (closed_on)
    where municipality_code is null;
