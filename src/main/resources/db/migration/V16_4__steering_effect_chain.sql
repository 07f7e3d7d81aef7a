-- STU-2: per type of work the effect chain input → throughput → output → outcome → impact, one row per link, and
-- per goal the indicators that measure it, so achievement can be measured against the chain.

create table steering_effect_chain_link
(
    id              bigint generated always as identity primary key,
    type_of_work_id bigint not null references steering_type_of_work (id),
    link            text   not null check (link in ('INPUT', 'THROUGHPUT', 'OUTPUT', 'OUTCOME', 'IMPACT')),
    -- Empty where the assignment does not describe the link ("Niet beschreven in de opdracht").
    text            text   not null default '' check (length(text) <= 4000),
    -- Where the text stands in the source document; emptied when the policy officer rewrites the link.
    source          text   not null default '',
    version         int    not null default 0,
    changed_by      text,
    changed_at      timestamptz,
    unique (type_of_work_id, link)
);

-- An indicator measures a goal. Its figure is the latest evaluated figure of the norm it is linked to (a norm of
-- the same assignment, checked by EffectChainInputPolicy); without a norm Jeugdregie computes no figure for it.
create table steering_indicator
(
    id         bigint generated always as identity primary key,
    goal_id    bigint      not null references steering_goal (id),
    position   int         not null,
    name       text        not null check (length(name) between 1 and 200),
    -- What the indicator measures, in words.
    measures   text        not null default '' check (length(measures) <= 500),
    unit       text        not null default '' check (length(unit) <= 40),
    norm_id    bigint references steering_norm (id),
    target     numeric(12, 2),
    version    int         not null default 0,
    added_by   text        not null,
    added_at   timestamptz not null,
    changed_by text,
    changed_at timestamptz,
    unique (goal_id, position)
);
create index steering_indicator_norm_idx on steering_indicator (norm_id);

-- The chain texts kept until now on the type of work move to the links, unchanged; then the old columns go.
insert into steering_effect_chain_link (type_of_work_id, link, text)
select t.id, v.link, v.text
from steering_type_of_work t
     cross join lateral (values ('INPUT', t.chain_input), ('THROUGHPUT', t.chain_throughput),
                                ('OUTPUT', t.chain_output), ('OUTCOME', t.chain_outcome),
                                ('IMPACT', t.chain_impact)) v(link, text)
where v.text <> '';

alter table steering_type_of_work
    drop column chain_input,
    drop column chain_throughput,
    drop column chain_output,
    drop column chain_outcome,
    drop column chain_impact;

-- The effect chains of gemeente Oss's 2021 assignment. Memo 001 says in 2.1 that the chain was written out per type
-- of work (input-throughput-output-outcome-impact), but does not print the chains themselves. Each link below is
-- therefore the memo's own sentences of chapter 3 that state that link for the type of work: input is the
-- financing table (people and money), throughput what the provider does, output what that delivers in numbers and
-- terms, outcome what changes for the resident, impact what it means for society. Where chapter 3 states nothing
-- for a link, it stays empty and the page says "Niet beschreven in de opdracht". Texts that existed are kept.
insert into steering_effect_chain_link (type_of_work_id, link, text, source)
select t.id, v.link, v.text, v.source
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
     join (values
  ('SOCIAL_LEGAL_ADVICE', 'INPUT',
   'Sociaal Raadslieden: 1,95 fte, € 209.295,63
Activiteitenbudget: € -
Subtotaal: 1,95 fte, € 209.295,63',
   'Memo 001, 3.1 Sociaal Raadsliedenwerk, Financiering'),
  ('SOCIAL_LEGAL_ADVICE', 'THROUGHPUT',
   'Sociaal raadsliedenwerk biedt lichte hulp zoals ondersteuning bij het aanvragen van toeslagen, invullen van formulieren of in kaart brengen van de financiële situatie. Sociale raadsliedenwerk is een vindplaats en verwijst tijdig door naar het Sociaal Team, Team minima, Schuldhulpverlening of Juridisch Loket.',
   'Memo 001, 3.1 Sociaal Raadsliedenwerk, Gewenste situatie'),
  ('SOCIAL_LEGAL_ADVICE', 'OUTCOME',
   'Sociaal raadsliedenwerk zorgt er voor dat inwoners meer financieel zelfredzaam worden.',
   'Memo 001, 3.1 Sociaal Raadsliedenwerk, Gewenste situatie'),

  ('INDIVIDUAL_SOCIAL_WORK', 'INPUT',
   'Persoonlijke begeleiding volwassenen (Wmo): 15,00 fte, € 1.609.966,35
Huisvesting: € 17.493,00
Blink: 1,04 fte, € 111.624,33
Voor elkaar: 7,06 fte, € 757.757,50
Activiteitenbudget vrijwilligersondersteuning: € 24.128,00
Subtotaal: 23,10 fte, € 2.520.969,18',
   'Memo 001, 3.2 Individueel Sociaal Werk, Financiering'),
  ('INDIVIDUAL_SOCIAL_WORK', 'THROUGHPUT',
   'De welzijnsaanbieder voert vraagverheldering uit bij hulpvragen van inwoners van 18 jaar en ouder in kwetsbare posities die zich melden bij welzijnsaanbieder.
De welzijnsaanbieder biedt (tijdelijk) individueel sociaal werk na de vraagverheldering indien nodig en zo kort en licht als mogelijk.
De welzijnsaanbieder maakt bij individueel sociaal werk een samenwerkplan met de inwoner op basis van de vraag ‘ik wil, ik kan en ik heb nodig’.',
   'Memo 001, 3.2 Kernbeding Individueel en Collectief sociaal werk, 1, 2 en 6'),
  ('INDIVIDUAL_SOCIAL_WORK', 'OUTPUT',
   'De vraagverheldering bestaat uit maximaal twee gesprekken. 90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek, 100% binnen zes weken.
Vanaf 1 januari 2022 wordt 80% van de trajecten individueel sociaal werk binnen maximaal zes maanden na vraagverheldering afgesloten.',
   'Memo 001, 3.2 Kernbeding Individueel en Collectief sociaal werk, 1 en 4'),
  ('INDIVIDUAL_SOCIAL_WORK', 'OUTCOME',
   'Bij afsluiting van het traject is de inwoner in staat om zelfstandig verder te gaan of leidt de sociaal werker de inwoner door naar het persoonlijk netwerk, ondersteuning door vrijwilligers of laagdrempelige maatschappelijke activiteiten, collectief sociaal werk of naar een maatwerkvoorziening Wmo.',
   'Memo 001, 3.2 Kernbeding Individueel en Collectief sociaal werk, 3'),
  ('INDIVIDUAL_SOCIAL_WORK', 'IMPACT',
   'Door te focussen op eigen kracht en het inzetten van het sociaal netwerk zodat de persoonlijke situatie beheersbaar wordt en zwaardere zorg wordt voorkomen: GGZ-behandeling, schuldsanering, uithuisplaatsing kinderen en uithuiszetting.',
   'Memo 001, 3.2 Individueel Sociaal Werk, Gewenste situatie 2'),

  ('COLLECTIVE_SOCIAL_WORK', 'INPUT',
   'Groepen en voorzieningen volwassenen: 5,96 fte, € 639.693,30
Dement Talent: 0,38 fte, € 40.785,81
Doorontwikkeling Talentcentrum: 0,67 fte, € 71.911,83
Huisvesting: € 80.280,00
Activiteitenbudget Groepen en voorzieningen: € 317.520,00
Samen Doen volwassenen: 10,13 fte, € 1.087.263,94
Activiteitenbudget Samen Doen: € 32.094,00
Sociale Reductie: € 46.458,00
Subtotaal: 17,14 fte, € 2.316.006,88',
   'Memo 001, 3.2 Collectief Sociaal Werk, Financiering'),
  ('COLLECTIVE_SOCIAL_WORK', 'THROUGHPUT',
   'Sociaal werkers verbinden individuele vragen van inwoners aan gemeenschappelijke vragen van inwoners in de wijk, buurten of stad.
Sociaal werkers bevorderen collectieve activiteiten voor inwoners met dezelfde soort vragen en behoeften op wijk- en dorpsniveau. Sociaal werkers ondersteunen, faciliteren en helpen bij het opzetten van collectieve activiteiten, maar inwoners organiseren zoveel mogelijk zelf.',
   'Memo 001, 3.2 Collectief Sociaal Werk, Gewenste situatie 4 en 5'),
  ('COLLECTIVE_SOCIAL_WORK', 'OUTPUT',
   'In elk wijkgebied van de 11 wijkgebieden is minimaal 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en De welzijnsaanbieder houdt dit operationeel.',
   'Memo 001, 3.2 Collectief Sociaal Werk, Gewenste situatie 6'),
  ('COLLECTIVE_SOCIAL_WORK', 'OUTCOME',
   'Doordat inwoners samen dingen doen ontstaan er duurzame contacten tussen inwoners.',
   'Memo 001, 3.2 Collectief Sociaal Werk, Gewenste situatie 1'),
  ('COLLECTIVE_SOCIAL_WORK', 'IMPACT',
   'Zo redden onze inwoners het zoveel mogelijk zelf en samen, en zijn ze minder afhankelijk van professionals en maatwerkvoorzieningen.',
   'Memo 001, 3.2 Collectief Sociaal Werk, Gewenste situatie 1'),

  ('YOUTH', 'INPUT',
   'Persoonlijke begeleiding Jeugd, opvoedingsondersteuning, deskundigheidsbevordering: 20,97 fte, € 2.250.732,96
CJG (Jw): 2,3 fte, € 246.861,51
Integrale vroeghulp (Jw): € 11.982,00
Flexibel budget (maatwerk budget): € 54.800,00
Materieel budget Zorg voor Jeugd: € 61.161,00
Groepen en voorzieningen jeugd: 0,56 fte, € 60.105,41
CJG (Jw): 0,57 fte, € 61.178,72
Activiteitenbudget CJG: € 8.129,00
Formatie SMI: 0,20 fte, € 21.466,22
Materieel budget SMI: € 406.474,00
Subtotaal: 24,60 fte, € 3.182.890,81',
   'Memo 001, 3.4 Jeugd, Financiering'),
  ('YOUTH', 'THROUGHPUT',
   'Het CJG neemt alle hulpvragen van een jeugdige in de leeftijd van 0-23 jaar in behandeling.
Het CJG kan een hulpvraag zelf oplossen, binnen het voorliggend veld of met inzet van specialistische jeugdhulp.',
   'Memo 001, 3.4 Kernbeding Hulpvragen, 1 en 5'),
  ('YOUTH', 'OUTPUT',
   'Het CJG neemt een hulpvraag binnen twee weken in behandeling.
Een hulpvraag die een jeugdprofessional zelf oplost mag maximaal uit 5 gesprekken bestaan met de jeugdige/ouders.
Leidt de hulpvraag tot een aanvraag dan houdt de jeugdprofessional de wettelijke termijn van 8 weken aan.',
   'Memo 001, 3.4 Kernbeding Hulpvragen, 2, 7 en 8'),

  ('YOUTH_WORK', 'INPUT',
   'Jongerenwerkers: 4,53 fte, € 486.209,84
Huisvesting: € 42.000,00
Activiteitenbudget: € 17.500,00
Subtotaal: 4,53 fte, € 545.709,84',
   'Memo 001, 3.5 Jongerenwerk, Financiering'),
  ('YOUTH_WORK', 'THROUGHPUT',
   'Alle jongeren kunnen gebruik maken van het aanbod van de jongerenwerkers, wat bestaat uit groepswerk, korte individuele coaching, locatie- en accommodaties-gebonden werk, ambulant jongerenwerk, voorlichting, informatie en advies en meidenwerk.',
   'Memo 001, 3.5 Jongerenwerk, Kernbeding'),
  ('YOUTH_WORK', 'OUTCOME',
   'De jongerenwerkers van de welzijnsaanbieder begeleiden kwetsbare jongeren (in de leeftijd van 10 tot ca 23 jaar) om dit te bereiken, door: ervoor te zorgen dat de kwetsbare Osse jongeren hun eigen verantwoordelijkheden en mogelijkheden versterken door hen te begeleiden bij het werken aan hun persoonlijke doelen op zowel persoonlijk als sociaal vlak.',
   'Memo 001, 3.5 Jongerenwerk, Gewenste situatie'),
  ('YOUTH_WORK', 'IMPACT',
   'Als gemeente Oss, willen we dat alle jongeren in Oss (daar waar nodig met ondersteuning van het jongerenwerk) meedoen in de samenleving.',
   'Memo 001, 3.5 Jongerenwerk, Gewenste situatie')
  ) v(type_code, link, text, source) on v.type_code = t.code
where a.municipality_code = '0828' and a.year = 2021
on conflict (type_of_work_id, link) do nothing;

-- The indicators of Oss's 2021 goals that the memo makes measurable, each linked to the seeded norm (V10_1) that
-- measures the same agreement where there is one. The memo's own figure is the target.
insert into steering_indicator (goal_id, position, name, measures, unit, norm_id, target, added_by, added_at)
select g.id, v.position, v.name, v.measures, v.unit, n.id, v.target, 'migratie', now()
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
     join (values
  ('SOCIAL_LEGAL_ADVICE', 5, 1, 'Voorlichting door het sociaal raadslid in het team',
   'Hoe vaak het sociaal raadslid in zijn team voorlichting geeft over een actueel onderwerp.',
   'keer per 2 maanden', null, 1.00),
  ('INDIVIDUAL_SOCIAL_WORK', 1, 1, 'Eerste vraagverhelderingsgesprek binnen vier weken',
   'Aandeel van de aangemelde inwoners met een eerste vraagverhelderingsgesprek binnen vier weken na aanmelding.',
   '%', 'ISW-1', 90.00),
  ('INDIVIDUAL_SOCIAL_WORK', 1, 2, 'Eerste vraagverhelderingsgesprek binnen zes weken',
   'Aandeel van de aangemelde inwoners met een eerste vraagverhelderingsgesprek binnen zes weken na aanmelding.',
   '%', 'ISW-2', 100.00),
  ('INDIVIDUAL_SOCIAL_WORK', 4, 1, 'Trajecten afgesloten binnen zes maanden',
   'Aandeel van de trajecten individueel sociaal werk dat binnen maximaal zes maanden na vraagverheldering is afgesloten.',
   '%', 'ISW-3', 80.00),
  ('INDIVIDUAL_SOCIAL_WORK', 8, 1, 'Verwijzingen naar een maatwerkvoorziening Wmo',
   'Aandeel van de afgesloten trajecten individueel sociaal werk met een aanvraag voor een maatwerkvoorziening Wmo.',
   '%', 'ISW-4', 10.00),
  ('COLLECTIVE_SOCIAL_WORK', 1, 1, 'Inzet op individueel sociaal werk',
   'Aandeel van het budget voor individueel en collectief sociaal werk dat naar individueel sociaal werk gaat.',
   '%', 'ISW-5', 30.00),
  ('COLLECTIVE_SOCIAL_WORK', 2, 1, 'Herhaalde hulpvragen binnen een jaar',
   'Aantal inwoners dat na afsluiting van een traject binnen een jaar terugkomt met dezelfde hulpvraag.',
   'inwoners', null, null),
  ('COLLECTIVE_SOCIAL_WORK', 7, 1, 'Wijkgebieden met een laagdrempelige ontmoetingsactiviteit',
   'Aantal van de 11 wijkgebieden met minimaal 1 laagdrempelige ontmoetingsactiviteit door en voor inwoners.',
   'wijkgebieden', 'CSW-1', 11.00),
  ('COLLECTIVE_SOCIAL_WORK', 9, 1, 'Sociale agenda in elke wijk op 1 januari 2022',
   'Of in elke wijk met inwoners een sociale agenda is opgesteld met acties voor de looptijd van 2 jaar.',
   '', 'CSW-2', null),
  ('COLLECTIVE_SOCIAL_WORK', 9, 2, 'Sociale agenda in elke wijk op 1 januari 2024',
   'Of in elke wijk met inwoners een sociale agenda is opgesteld met acties voor de looptijd van 2 jaar.',
   '', 'CSW-3', null)
  ) v(type_code, goal_position, position, name, measures, unit, norm_code, target) on v.type_code = t.code
     join steering_goal g on g.type_of_work_id = t.id and g.position = v.goal_position
     left join steering_norm n on n.assignment_id = a.id and n.code = v.norm_code
where a.municipality_code = '0828' and a.year = 2021;
