-- Issue 16, iJw TR318 (8214): a provider's declaration periods follow each other; the period of every JW323 received
-- is kept so the next one can be judged against the latest accepted one.
alter table messaging_message add column declaration_period_from date;
create index messaging_message_declaration_period_idx on messaging_message (municipality_code, provider_agb, declaration_period_from)
    where type = 'JW323' and outcome = 'ACCEPTED';
