-- The real 2021 assignment of gemeente Oss (CBS 0828) to its welfare provider ONS welzijn, transcribed from memo
-- 001 "Sturen op doelen en resultaten in het Sociaal Domein" (2021), chapter 3 and paragraph 6.2. Texts are the
-- memo's own words (footnote markers removed); numbers are as written in its tables. The memo's subtotals are
-- stored as stated figures; the product computes its own from the lines and shows both.
-- The memo gives no effect chain per type of work, so those texts stay empty. Informal support (informele
-- ondersteuning) is, as in the memo, a core condition of collective social work with its own risk.
insert into steering_assignment (municipality_code, year, provider_name, title, source, budget_cap_cents)
values ('0828', 2021, 'ONS welzijn', 'Opdracht welzijnswerk 2021',
        'Memo 001 Sturen op doelen en resultaten in het Sociaal Domein (gemeente Oss, 2021)',
        -- The cap is the sum of the memo's five stated subtotals: 209.295,63 + 2.520.969,18 + 2.316.006,88
        -- + 3.182.890,81 + 545.709,84 = 8.774.872,34.
        877487234);

insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
select a.id, 1, 'SOCIAL_LEGAL_ADVICE', 'Sociaal raadsliedenwerk', 'ADULTS',
       'Sociaal raadsliedenwerk (ook wel SRW) is een basisfunctie die met sociaaljuridisch advies en voorlichting inwoners met (dreigende) problemen helpt of doorverwijst. Sociaal raadsliedenwerk biedt lichte hulp zoals ondersteuning bij het aanvragen van toeslagen, invullen van formulieren of in kaart brengen van de financiële situatie. Sociaal raadsliedenwerk zorgt er voor dat inwoners meer financieel zelfredzaam worden. Sociale raadsliedenwerk is een vindplaats en verwijst tijdig door naar het Sociaal Team, Team minima, Schuldhulpverlening of Juridisch Loket. Het sociaal raadsliedenwerk vindt plaats in de wijk en is laagdrempelig voor inwoners. Iedere wijk heeft een vast sociaal raadslid die intensief samenwerkt met de consulent Werk en Inkomen en de consulent Schuldhulpverlening. De Sociaal raadslieden organiseren de Formulierenbrigade en ze zijn betrokken bij de deskundigheidsbevordering van de vrijwilligers van de thuisadministratie en het belastingproject.'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

insert into steering_goal (type_of_work_id, position, heading, text)
select t.id, v.position, v.heading, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, null, 'Sociale raadslieden werken vanaf 1 januari 2022 gebiedsgericht en maken deel uit van het Sociaal Team.'),
  (2, null, 'Sociale raadslieden werken vanaf 2022 stresssensitief volgens de samenwerkwijze.'),
  (3, null, 'Vanaf 1 januari 2022 zijn alle sociaal raadslieden deskundig op het gebied van sociaal juridische dienstverlening en minstens HBO opgeleid.'),
  (4, null, 'Vanaf 1 januari 2022 hebben alle Sociale raadslieden kennis van de sociale kaart op het gebied van armoede en schulden.'),
  (5, null, 'Sociale raadslieden delen deskundigheid in de sociale teams en zijn het aanspreekpunt voor collega’s en netwerkpartners. Het sociaal raadslid geeft een keer per 2 maanden voorlichting over een actueel onderwerp in zijn team.'),
  (6, null, 'Sociale raadslieden ondersteunen de vrijwilligers van de formulierenbrigade en het belastingproject en zorgen voor deskundigheid van deze vrijwilligers.'),
  (7, null, 'Sociale raadslieden voeren de inkomenstoets uit voor de Voedselbank.')) v(position, heading, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'SOCIAL_LEGAL_ADVICE';

insert into steering_core_condition (type_of_work_id, position, title, text)
select t.id, v.position, v.title, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Kernbeding', 'De welzijnsaanbieder biedt inwoners sociaal juridische ondersteuning. Alle inwoners van de gemeente Oss kunnen gebruik maken van deze algemene voorziening. Het sociaal raadsliedenwerk vindt plaats in de wijk en is laagdrempelig voor inwoners. De sociaal raadslieden zijn onderdeel van het Sociaal Team, zijn vraagbaak voor collega’s en delen hun kennis. De sociaal raadslieden zijn HBO sociaal juridisch opgeleid en hebben kennis van de sociale wet- en regelgeving en van de lokale sociale kaart.')) v(position, title, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'SOCIAL_LEGAL_ADVICE';

insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
select a.id, 2, 'INDIVIDUAL_SOCIAL_WORK', 'Individueel sociaal werk', 'ADULTS',
       '1. Individueel sociaal werk is gericht op het versterken en/of herstellen van participatie en het zelf oplossend vermogen van inwoners en het versterken van hun sociale netwerk.
2. Individueel sociaal werk wordt ingezet bij hulpvragen van inwoners van 18 jaar en ouder in kwetsbare posities. Het individueel sociaal werk werkt preventief door samen met de inwoner maatgericht te werken aan een duurzaam resultaat. Door te focussen op eigen kracht en het inzetten van het sociaal netwerk zodat de persoonlijke situatie beheersbaar wordt en zwaardere zorg wordt voorkomen: GGZ-behandeling, schuldsanering, uithuisplaatsing kinderen en uithuiszetting.
3. Sociaal werkers nemen het oplossen van problemen niet over, stimuleren ‘eigen regie’ van inwoners en zorgen voor ‘actie’ (hands-on-mentaliteit).
4. Sociaal werkers ondersteunen inwoners kortdurend (niet langer dan 6 maanden) om inzicht te krijgen in de vragen van inwoners, om hen te ondersteunen om zelf de problemen op te lossen en om hen door inzicht en overzicht te helpen op eigen kracht verder te kunnen.
5. Bij trajecten Individueel sociaal werk is de inwoner binnen 6 maanden in staat om zelfstandig verder te gaan of de sociaal werker leidt de inwoner na maximaal zes maanden door naar:
a. Ondersteuning door het persoonlijk netwerk
b. Ondersteuning door vrijwilligers
c. Ondersteuning door laagdrempelige maatschappelijke activiteiten
d. Collectief sociaal werk
e. Aanvraag maatwerkvoorziening Wmo
f. Aanvraag andere specialistische voorziening
6. Sociaal werkers zijn onderdeel van de sociale teams en delen daar kennis, ervaring en vragen.
7. Sociaal werkers werken volgens de principes van de Samenwerkwijze: zelfredzaamheid vergroten, met inzet van het sociaal netwerk, inzet van vrijwilligers en kijken naar de passie en talenten van de inwoners. Daarbij zijn vraagverheldering en triage belangrijk: hoe kan de inwoner zijn/haar kracht (weer) vinden en talenten ontwikkelen, met behulp van het eigen netwerk en vrijwilligers, zodat problemen worden opgelost en voorkomen.'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

insert into steering_goal (type_of_work_id, position, heading, text)
select t.id, v.position, v.heading, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, null, 'Na melding van een hulpvraag bij de welzijnsaanbieder vindt binnen vier weken na aanmelding een vraagverhelderingsgesprek plaats volgens de methode Samenwerkwijze.'),
  (2, null, 'De vraagverheldering is niet langer dan noodzakelijk.'),
  (3, null, 'Sociaal werkers maken deel uit van de sociale teams en delen kennis en vraagstukken in het sociale team waar zij delen van uitmaken.'),
  (4, null, 'Op 1 januari 2022 wordt 80% van de trajecten individueel sociaal werk binnen maximaal zes maanden na vraagverheldering afgesloten. Als meer dan 20 % langer duurt onderzoekt Welzijnsaanbieder wat de trend en oorzaak daarvan is.'),
  (5, null, 'Sociaal werkers zorgen bij afsluiting van trajecten voor borging in het sociale netwerk of collectief aanbod.'),
  (6, null, 'Op 1 januari 2022 worden alle hulpvragen opgepakt volgens de methode van de Samenwerkwijze.'),
  (7, null, 'In alle trajecten van de welzijnsaanbieder is aandacht besteed aan zelf oplossend vermogen en netwerkversterking. Bij netwerkversterking gaat het om het sterker maken, groter maken en vasthouden van het sociale netwerk van de persoon die ondersteund wordt.'),
  (8, null, 'De welzijnsaanbieder voorkomt dat het aantal verwijzingen naar aanvragen voor een maatwerkvoorziening Wmo (specialistische dagbesteding, individuele ondersteuning) hoger is dan 10 % na afsluiting van een traject individueel sociaal werk'),
  (9, null, 'Als onduidelijk is waarom het % doorverwijzingen naar aanvragen voor een maatwerkvoorziening Wmo hoger is dan 10% onderzoekt De welzijnsaanbieder wat de trend en oorzaak daarvan is.'),
  (10, null, 'Individueel sociaal werkers voeren de inkomenstoets uit voor de Voedselbank')) v(position, heading, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'INDIVIDUAL_SOCIAL_WORK';

insert into steering_core_condition (type_of_work_id, position, title, text)
select t.id, v.position, v.title, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Kernbeding Individueel en Collectief sociaal werk', '1. De welzijnsaanbieder voert vraagverheldering uit bij hulpvragen van inwoners van 18 jaar en ouder in kwetsbare posities die zich melden bij welzijnsaanbieder. De vraagverheldering bestaat uit maximaal twee gesprekken. 90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek, 100% binnen zes weken.
2. De welzijnsaanbieder biedt (tijdelijk) individueel sociaal werk na de vraagverheldering indien nodig en zo kort en licht als mogelijk.
Individueel sociaal werk is begeleiding gericht op het versterken en/of herstellen van participatie en het zelf oplossend vermogen van inwoners en het versterken van hun sociale netwerk. Daartoe behoren ook de Steun en leun trajecten.
3. Bij afsluiting van het traject is de inwoner in staat om zelfstandig verder te gaan of leidt de sociaal werker de inwoner door naar het persoonlijk netwerk, ondersteuning door vrijwilligers of laagdrempelige maatschappelijke activiteiten, collectief sociaal werk of naar een maatwerkvoorziening Wmo. Als een inwoner na een afsluiting van een traject nog korte vragen heeft dan is dit onderdeel van de reguliere bereikbaarheid en beschikbaarheid van de welzijnsaanbieder.
4. Vanaf 1 januari 2022 wordt 80% van de trajecten individueel sociaal werk binnen maximaal zes maanden na vraagverheldering afgesloten.
5. De welzijnsaanbieder voorkomt dat het aantal aanvragen voor een maatwerkvoorziening Wmo hoger is dan 10% na afsluiting van een traject.
6. De welzijnsaanbieder maakt bij individueel sociaal werk een samenwerkplan met de inwoner op basis van de vraag ‘ik wil, ik kan en ik heb nodig’. Dit plan beschrijft ook hoe uitstroom gerealiseerd wordt binnen een periode van maximaal zes kalendermaanden vanaf vraagverheldering. Daarbij voert de inwoner de regie over de uitvoering van het plan, tenzij de inwoner hiertoe niet in staat is. De welzijnsaanbieder organiseert zo nodig een MDO.
7. De welzijnsaanbieder biedt collectief sociaal werk na de vraagverheldering indien nodig of na doorverwijzing na een traject van individueel sociaal werk. Collectief sociaal werk is gericht op het versterken en/of herstellen van de participatie en het zelfoplossend vermogen van inwoners en het versterken van hun sociale netwerk, buurten en wijken.
Collectief sociaal werk bestaat uit:
- begeleiding die inwoners met een vergelijkbare vraag of behoefte aan elkaar verbindt en het faciliteren en ondersteunen van activiteiten aan een groep in plaats van een enkele inwoner;
- vragen verbinden aan vrijwilligers of personen uit het netwerk;
- het faciliteren en helpen bij het opzetten van collectieve activiteiten door inwoners om samen hun buurt mooier, veiliger, toegankelijker of zorgzamer te maken;
- groepsgewijze begeleiding, cursussen of voorzieningen, georganiseerd en ook uitgevoerd door een professional.
8. De welzijnsaanbieder zorgt voor een verschuiving van werkzaamheden op het gebied van individueel sociaal werk naar collectief sociaal werk of informele ondersteuning. Als er collectieve – of informele ondersteuning mogelijk is gaat dit voor de inzet van Individueel sociaal werk. Dit betekent dat per 1 januari 2023 welzijnsaanbieder bij de behandeling van hulpvragen maximaal 30% van het budget inzet voor individueel sociaal werk en minimaal 70% voor collectief sociaal werk of informele ondersteuning. Deze inzet kan alleen anders zijn als welzijnsaanbieder aantoont dat er feiten of omstandigheden zijn die niet voorzien zijn waardoor meer inzet nodig was van individueel sociaal werk. Welzijnsaanbieder rapporteert inzet via kwartaalrapportage. Als in een van de 11 wijkgebieden geen laagdrempelige ontmoetingsactiviteit voor inwoners is dan realiseert welzijnsaanbieder per 1 januari 2023 in die 11 wijkgebieden 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en houdt operationeel.
9. De welzijnsaanbieder heeft op 1 januari 2022 en op 1 januari 2024 in elke wijk met inwoners een sociale agenda opgesteld met acties voor de looptijd van 2 jaar en welzijnsaanbieder begeleidt de uitvoering.
10. Sociaal werkers werken volgens de Samenwerkwijze, stimuleren zelfoplossend vermogen en maken gebruik van netwerkversterking. Sociaal werkers kennen de wijk en de mogelijkheden en zijn in staat zijn om verbindingen te leggen in wijken en buurten. Sociaal werkers maken bij activiteiten gebruik van alle soorten mogelijkheden in wijken, buurten of de stad, niet alleen van de expliciet aangewezen sociale ontmoetingsplekken zoals wijk en buurthuizen. Ze kennen de sociale kaart van de buurt en wijk en de stedelijke mogelijkheden.
11. De welzijnsaanbieder laat de begeleiding uitvoeren door sociaal werkers die minimaal beschikken over het functieprofiel MBO - of HBO sociaal- of maatschappelijke werk of vergelijkbare opleiding of functieprofiel. Daarnaast werken alle sociaal werkers volgens de 10 competenties sociaal werker Maatschappelijke ondersteuning.')) v(position, title, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'INDIVIDUAL_SOCIAL_WORK';

insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
select a.id, 3, 'COLLECTIVE_SOCIAL_WORK', 'Collectief sociaal werk', 'ADULTS',
       '1. Er is veel aandacht voor sociale steun en sociale netwerken. Doordat inwoners samen dingen doen ontstaan er duurzame contacten tussen inwoners. Zo redden onze inwoners het zoveel mogelijk zelf en samen, en zijn ze minder afhankelijk van professionals en maatwerkvoorzieningen.
2. Sociaal werkers zijn outreachend en present in wijken en buurten. Sociaal werkers netwerken en werken samen met aandacht voor eigen regie en eigenaarschap van inwoners.
3. Sociaal werkers maken deel uit van de sociale teams en delen kennis en vraagstukken in het sociale team waar zij delen van uitmaken.
4. Sociaal werkers verbinden individuele vragen van inwoners aan gemeenschappelijke vragen van inwoners in de wijk, buurten of stad.
5. Sociaal werkers bevorderen collectieve activiteiten voor inwoners met dezelfde soort vragen en behoeften op wijk- en dorpsniveau. Sociaal werkers ondersteunen, faciliteren en helpen bij het opzetten van collectieve activiteiten, maar inwoners organiseren zoveel mogelijk zelf. Hiermee versterkt het welzijnswerk de duurzame contacten tussen inwoners. Sociaal werkers maken bij deze activiteiten gebruik van alle soorten mogelijkheden in wijken, buurten of de stad. Niet alleen van de expliciet aangewezen sociale ontmoetingsplekken zoals wijk en buurthuizen maar van alle mogelijke plekken waar mensen elkaar ontmoeten. Ze kennen de sociale kaart van de buurt en wijk en de stedelijke mogelijkheden.
6. In elk wijkgebied van de 11 wijkgebieden is minimaal 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en De welzijnsaanbieder houdt dit operationeel. Omdat de inwoners deze activiteiten zelf, met hulp van informele of formele partijen, organiseren, passen de activiteiten bij de vragen en behoeften van de inwoners.'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

insert into steering_goal (type_of_work_id, position, heading, text)
select t.id, v.position, v.heading, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, null, 'De welzijnsaanbieder zorgt voor een verschuiving van werkzaamheden op het gebied van individueel sociaal werk naar collectief sociaal werk of informele ondersteuning. Onder informele ondersteuning vallen mantelzorg en vrijwilligers. Op 1 januari 2023 is de inzet van sociaal werkers verschoven van minder (30 %) individuele inzet (trajecten) naar meer (70%) collectieve, groepsgerichte inzet door:
- vragen van inwoners te verbinden met vragen van andere inwoners en deze in contact te brengen met elkaar; en /of
- inwoners in contact te brengen met activiteiten of contacten in buurten en wijken.'),
  (2, null, 'De welzijnsaanbieder voorkomt dat inwoners na afsluiting van een traject binnen een jaar terugkomen met dezelfde hulpvraag en neemt passende maatregelen. Sociaal werkers zorgen bij afsluiting van trajecten voor borging in het sociale netwerk of collectief aanbod.'),
  (3, null, 'Als onduidelijk is waarom inwoners binnen een jaar terugkomen met dezelfde hulpvraag, onderzoekt de welzijnsaanbieder wat de oorzaak daarvan is.'),
  (4, null, 'Sociaal werkers beschikken minimaal over het functieprofiel MBO - of HBO sociaal- of maatschappelijke werk of vergelijkbare opleiding of functieprofiel.'),
  (5, null, 'Daarnaast geldt dat alle sociaal werkers bekwaam zijn in de 10 competenties sociaal werker Maatschappelijke ondersteuning. Bovendien geldt voor sociaal werkers dat zij:
- werken volgens de samenwerkwijze
- de wijk en de mogelijkheden kennen en in staat zijn om verbindingen te leggen in wijken en buurten tussen mensen, clubs en verenigingen, organisaties, burgerinitiatieven, medisch domein'),
  (6, null, 'Sociaal werkers weten wat ontmoetingsplekken zijn in hun wijk, kern of buurt en zijn daar aanspreekbaar voor inwoners. Aanspreekbaar wil zeggen dat zij naar het oordeel van de gemeente voldoende warme contacten in wijken en buurten hebben, de sociale kaart kennen en bekend zijn bij mensen uit de buurt zodat ze vindbaar zijn. Dit kan op meerdere plekken in de wijken en kernen zijn en op straat.'),
  (7, null, 'In elk wijkgebied van de 11 wijkgebieden is minimaal 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en de welzijnsaanbieder houdt dit operationeel.'),
  (8, null, 'De welzijnsaanbieder heeft een door de gemeente goedgekeurd plan voor inzet en coördinatie van Informele ondersteuning met een opdracht voor de sociale teams.'),
  (9, null, 'De welzijnsaanbieder heeft op 1 januari 2022 en op 1 januari 2024 in elke wijk met inwoners een sociale agenda opgesteld met acties voor de looptijd van 2 jaar en de welzijnsaanbieder begeleidt de uitvoering.')) v(position, heading, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'COLLECTIVE_SOCIAL_WORK';

insert into steering_core_condition (type_of_work_id, position, title, text)
select t.id, v.position, v.title, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Kernbeding Individueel en Collectief sociaal werk', '1. De welzijnsaanbieder voert vraagverheldering uit bij hulpvragen van inwoners van 18 jaar en ouder in kwetsbare posities die zich melden bij welzijnsaanbieder. De vraagverheldering bestaat uit maximaal twee gesprekken. 90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek, 100% binnen zes weken.
2. De welzijnsaanbieder biedt (tijdelijk) individueel sociaal werk na de vraagverheldering indien nodig en zo kort en licht als mogelijk.
Individueel sociaal werk is begeleiding gericht op het versterken en/of herstellen van participatie en het zelf oplossend vermogen van inwoners en het versterken van hun sociale netwerk. Daartoe behoren ook de Steun en leun trajecten.
3. Bij afsluiting van het traject is de inwoner in staat om zelfstandig verder te gaan of leidt de sociaal werker de inwoner door naar het persoonlijk netwerk, ondersteuning door vrijwilligers of laagdrempelige maatschappelijke activiteiten, collectief sociaal werk of naar een maatwerkvoorziening Wmo. Als een inwoner na een afsluiting van een traject nog korte vragen heeft dan is dit onderdeel van de reguliere bereikbaarheid en beschikbaarheid van de welzijnsaanbieder.
4. Vanaf 1 januari 2022 wordt 80% van de trajecten individueel sociaal werk binnen maximaal zes maanden na vraagverheldering afgesloten.
5. De welzijnsaanbieder voorkomt dat het aantal aanvragen voor een maatwerkvoorziening Wmo hoger is dan 10% na afsluiting van een traject.
6. De welzijnsaanbieder maakt bij individueel sociaal werk een samenwerkplan met de inwoner op basis van de vraag ‘ik wil, ik kan en ik heb nodig’. Dit plan beschrijft ook hoe uitstroom gerealiseerd wordt binnen een periode van maximaal zes kalendermaanden vanaf vraagverheldering. Daarbij voert de inwoner de regie over de uitvoering van het plan, tenzij de inwoner hiertoe niet in staat is. De welzijnsaanbieder organiseert zo nodig een MDO.
7. De welzijnsaanbieder biedt collectief sociaal werk na de vraagverheldering indien nodig of na doorverwijzing na een traject van individueel sociaal werk. Collectief sociaal werk is gericht op het versterken en/of herstellen van de participatie en het zelfoplossend vermogen van inwoners en het versterken van hun sociale netwerk, buurten en wijken.
Collectief sociaal werk bestaat uit:
- begeleiding die inwoners met een vergelijkbare vraag of behoefte aan elkaar verbindt en het faciliteren en ondersteunen van activiteiten aan een groep in plaats van een enkele inwoner;
- vragen verbinden aan vrijwilligers of personen uit het netwerk;
- het faciliteren en helpen bij het opzetten van collectieve activiteiten door inwoners om samen hun buurt mooier, veiliger, toegankelijker of zorgzamer te maken;
- groepsgewijze begeleiding, cursussen of voorzieningen, georganiseerd en ook uitgevoerd door een professional.
8. De welzijnsaanbieder zorgt voor een verschuiving van werkzaamheden op het gebied van individueel sociaal werk naar collectief sociaal werk of informele ondersteuning. Als er collectieve – of informele ondersteuning mogelijk is gaat dit voor de inzet van Individueel sociaal werk. Dit betekent dat per 1 januari 2023 welzijnsaanbieder bij de behandeling van hulpvragen maximaal 30% van het budget inzet voor individueel sociaal werk en minimaal 70% voor collectief sociaal werk of informele ondersteuning. Deze inzet kan alleen anders zijn als welzijnsaanbieder aantoont dat er feiten of omstandigheden zijn die niet voorzien zijn waardoor meer inzet nodig was van individueel sociaal werk. Welzijnsaanbieder rapporteert inzet via kwartaalrapportage. Als in een van de 11 wijkgebieden geen laagdrempelige ontmoetingsactiviteit voor inwoners is dan realiseert welzijnsaanbieder per 1 januari 2023 in die 11 wijkgebieden 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en houdt operationeel.
9. De welzijnsaanbieder heeft op 1 januari 2022 en op 1 januari 2024 in elke wijk met inwoners een sociale agenda opgesteld met acties voor de looptijd van 2 jaar en welzijnsaanbieder begeleidt de uitvoering.
10. Sociaal werkers werken volgens de Samenwerkwijze, stimuleren zelfoplossend vermogen en maken gebruik van netwerkversterking. Sociaal werkers kennen de wijk en de mogelijkheden en zijn in staat zijn om verbindingen te leggen in wijken en buurten. Sociaal werkers maken bij activiteiten gebruik van alle soorten mogelijkheden in wijken, buurten of de stad, niet alleen van de expliciet aangewezen sociale ontmoetingsplekken zoals wijk en buurthuizen. Ze kennen de sociale kaart van de buurt en wijk en de stedelijke mogelijkheden.
11. De welzijnsaanbieder laat de begeleiding uitvoeren door sociaal werkers die minimaal beschikken over het functieprofiel MBO - of HBO sociaal- of maatschappelijke werk of vergelijkbare opleiding of functieprofiel. Daarnaast werken alle sociaal werkers volgens de 10 competenties sociaal werker Maatschappelijke ondersteuning.'),
  (2, 'Kernbeding organisatie informele ondersteuning', '1. Ten aanzien van de inzet van vrijwilligers en ondersteuning van mantelzorgers zorgt de welzijnsaanbieder jaarlijks voor 1 februari van het volgende jaar voor een plan hoe zij de inzet en coördinatie van informele ondersteuning uitvoert. Daarvoor brengt de welzijnsaanbieder jaarlijks de behoefte aan informele ondersteuning per sociaal team in kaart en beschrijft hoe zij in die behoefte gaat voorzien.
In het plan wordt de organisatie en inzet van de volgende onderdelen uitgewerkt:
- Werving, selectie en matching van vrijwilligers
- Promotie van vrijwilligerswerk
- Coördinatie van buurtbemiddeling
- Uitvoering preventieve huisbezoeken 75+ / ouderenadvies
- Inzet van ervaringsdeskundigheid
- Coördinatie van de inzet van vrijwilligers en vrijwilligersprojecten en daarbij aansluiten bij behoeften van inwoners.
- Informatie, advies en deskundigheidsbevordering van vrijwilligers
- Een veilige werksituatie voor de vrijwilligers (zoals verzekering, VOG, vertrouwenspersoon)
- Het faciliteren van de activiteiten die vrijwilligers uitvoeren (zoals vergoedingen en activiteitenkosten.
- Ondersteuning van mantelzorgers.
- Promotie van mantelzorgondersteuning.
- Informatie en advies aan (toekomstige) mantelzorgers over regelgeving en ondersteuningsmogelijkheden.
- Hoe welzijnsaanbieder ervoor zorgt dat sociaal werkers goed samenwerken met mensen die informele ondersteuning bieden.
In het plan zijn de risico’s opgenomen die het slagen van het plan negatief kunnen beïnvloeden en de maatregelen om de kans op deze risico’s te verminderen.
Financiering van het plan is afhankelijk van de geheel of gedeeltelijke goedkeuring door de gemeente van het plan.')) v(position, title, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'COLLECTIVE_SOCIAL_WORK';

insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
select a.id, 4, 'YOUTH', 'Jeugd (Centrum Jeugd en Gezin)', 'YOUTH',
       'Iedere gemeente is wettelijk verplicht om een gemeentelijke toegang tot hulp en ondersteuning voor jeugdigen te regelen. De gemeente Oss heeft deze wettelijke taak aan de welzijnsaanbieder gemandateerd. Om goed uitvoering te kunnen geven aan de taken van de gemeentelijke toegang jeugd is het gewenst dat het Centrum Jeugd en Gezin (CJG) werkt conform de vijf basisfuncties:
- Veiligheid;
- Tijdig signaleren van de vraag;
- Vindbare en toegankelijke hulp;
- Handelen met een brede blik;
- Leren en verbeteren.
Alle jeugdprofessionals van het CJG zijn bekend met de taken, werkafspraken en werkoverleggen die deel uitmaken van de basisfuncties.
Het CJG investeert continu in deskundigheidsbevordering van haar jeugdprofessionals; dit kan betrekking hebben op inhoud/expertise maar ook bijvoorbeeld op het werken conform regionale werkinstructies.
Het CJG is in staat om in te spelen op de ontwikkelingen binnen het jeugd domein. Om die reden werkt de welzijnsaanbieder met flexibele/dynamische teams.'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

insert into steering_goal (type_of_work_id, position, heading, text)
select t.id, v.position, v.heading, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG werkt conform de meldcode huiselijk geweld'),
  (2, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG kijkt naar de totaliteit van de hulpvraag.'),
  (3, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG werkt conform de regionale uitvoeringsafspraken samenwerking Veilig Thuis en lokale teams.'),
  (4, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG maakt, indien nodig, een veiligheidsplan en houdt zicht op de veiligheid in een gezin.'),
  (5, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'De gedragsdeskundigen van het CJG neemt de kernbeslissingen die niet in overeenstemming met ouders genomen worden.'),
  (6, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Oppakken van crisissituatie gedurende kantoortijden. (crisis is gedefinieerd en opgenomen in de definitielijst)'),
  (7, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG evalueert veiligheidscasussen met ouders/huishouden (nieuwe werkwijze VT-lokale teams)'),
  (8, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het in mandaat van het College doen van een verzoek tot onderzoek bij de Raad voor de Kinderbescherming als een gezagsmaatregel overwogen moet worden. Maak hierbij gebruik van CORV.'),
  (9, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het in mandaat van het College indienen van een verzoek bij de rechter gericht op het verkrijgen van een machtiging, een spoedmachtiging of een voorwaardelijke machtiging en het doen van mededelingen aan de Raad voor de Kinderbescherming hierover. Het gaat hier om vrijwillig gesloten plaatsingen.'),
  (10, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het in mandaat van het College bepalen dat een voorziening op het gebied van jeugdhulp en verblijf nodig is.'),
  (11, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Het CJG levert capaciteit voor het voorzitterschap en secretariële ondersteuning voor de twee beschermtafels in de regio Oss/Bernheze en Uden/Veghel/Boekel/Landerd.'),
  (12, 'Het CJG houdt altijd oog voor een veilige leefomgeving van de jeugdige', 'Deskundigheidsbevordering ten aanzien van veiligheid, waarbij ook het herkennen van signalen van huiselijk geweld hoort.'),
  (13, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG is aanwezig op de vindplaatsen (zichtbaar, aanspreekbaar) daar waar de doelgroep is zodat vragen gezien worden. Maakt verbinding met de wijk en werk ‘outreachend’.'),
  (14, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'In het onderwijs en kinderopvang is de onderwijscontactpersoon van het CJG zichtbaar aanwezig. De onderwijscontactpersoon neemt uit eigen beweging contact met school om te horen hoe het gaat of dat er iets speelt wat aandacht nodig heeft.'),
  (15, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Er zijn in Oss enkele scholen met een bovengemiddelde samenloop van hulpvragen en ondersteuningsbehoeften van jeugdigen en gezinnen. Voor deze scholen geldt dat de onderwijscontactpersoon gemiddeld een dagdeel per week fysiek aanwezig is.'),
  (16, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG maakt gebruik van de expertise van jongerenwerk, straatcoaches, politie etc..'),
  (17, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG biedt consultatie aan de POH GGZ Jeugd.'),
  (18, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG werkt samen met de andere professionals in het Sociaal Team.'),
  (19, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG biedt preventieve activiteiten op basis van een concreet preventieplan.'),
  (20, 'Het CJG is aanwezig daar waar de doelgroep is, zodat vragen gezien worden.', 'Het CJG zet in op collectief aanbod zoals Eigen krachtgroep Jeugd, JIM, Sociale netwerkversterking, vrij toegankelijk groepswerk.'),
  (21, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG is bereikbaar op werkdagen, fysiek, telefonisch en digitaal.'),
  (22, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Bij CJG is informatie beschikbaar met betrekking tot opgroeien en opvoeden, hulpverleningsmogelijkheden, sociale kaart.'),
  (23, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG heeft een eigen website. De website toont actuele, betrouwbare en heldere informatie in klare taal.'),
  (24, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG heeft een aparte website voor jongeren genaamd Whizzper. De website toont actuele, betrouwbare en heldere informatie in klare taal.'),
  (25, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG is het aanspreekpunt voor de vindplaatsen. Tijdens kantoortijden is het CJG bereikbaar en beschikbaar. Bij crisis gelden er andere protocollen/werkprocessen.'),
  (26, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG legt de route/het traject van de vraag altijd uit aan de jeugdige en/of ouders.'),
  (27, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG informeert samenwerkingspartners over ontwikkelingen binnen de welzijnsaanbieder en over het hulpverleningsgebied.'),
  (28, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG voert een goede triage uit: kijkt naar alle levensdomeinen en het hele gezin of huishouden en zorgt ervoor dat de inwoner snel bij de juiste persoon komt.'),
  (29, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG verheldert de vraag. Om zo onder andere een beeld te krijgen van de urgentie van de hulpvraag.'),
  (30, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG voert een eerste inventarisatie uit van de verschillende levensgebieden op basis van een checklist.'),
  (31, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Vragen waarvan na de triage wordt ingeschat dat deze met een beperkt aantal gesprekken (max. 5) op te lossen zijn worden direct opgepakt door het CJG.'),
  (32, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'In samenwerking met de Gecertificeerde Instellingen moeten valide risico inventarisatie instrumenten gekozen worden.'),
  (33, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'De jeugdprofessionals en de medewerkers van het CJG geven aan de jeugdige en/of ouders aan wanneer geïndiceerde jeugdhulp niet nodig is. Oftewel nee is ook een antwoord.'),
  (34, 'Het CJG is toegankelijk en benaderbaar op veel manieren. Voer een goede triage uit.', 'Het CJG coördineert integrale vroeghulp: werkzaamheden in de ketensamenwerking, aanmeldingen IVH, begeleiding trajecten en deskundigheidsbevordering van trajectbegeleiders.'),
  (35, 'Het CJG verheldert de vraag met een brede blik', 'Op basis van de vraagverheldering wordt een analyse gemaakt van de gezinssituatie en wordt gemotiveerd welke hulp passend is in het kader van jeugdhulp.'),
  (36, 'Het CJG verheldert de vraag met een brede blik', 'De oplossingen die naar voren komen door een goede vraagverheldering door de jeugdprofessional hoeven niet altijd de oplossingen te zijn die de jeugdige/ouders voor ogen hebben.'),
  (37, 'Het CJG verheldert de vraag met een brede blik', 'In overleg met het gezin stelt het CJG prioriteiten in de gestelde doelen als sprake is van meerdere problemen. De prioritering maakt onderdeel van het plan van aanpak.'),
  (38, 'Het CJG verheldert de vraag met een brede blik', 'Wanneer het CJG de hulp niet zelf kan bieden wordt onderzocht welke specialistische hulp passend zou zijn.'),
  (39, 'Het CJG verheldert de vraag met een brede blik', 'Als team werken de jeugdprofessionals generalistisch, maar elke jeugdprofessional heeft zijn eigen expertise.'),
  (40, 'Het CJG verheldert de vraag met een brede blik', 'Casussen worden zo verdeeld dat gebruik gemaakt wordt van deze expertise.'),
  (41, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG past de Samenwerkwijze toe.'),
  (42, 'Het CJG verheldert de vraag met een brede blik', 'Het plan van aanpak (voor definitie zie verordening jeugd gemeente Oss) is van de jeugdigen/ouders en dat vullen zij ook zelf in. Eventueel met hulp van de jeugdprofessional.'),
  (43, 'Het CJG verheldert de vraag met een brede blik', 'De jeugdprofessional kan in overleg met de jeugdige/ouders een zorgaanbieder vragen om hulp.'),
  (44, 'Het CJG verheldert de vraag met een brede blik', 'De jeugdprofessional maakt gebruik van de website Jeugdhulp Noordoost Brabant. De website geeft inzicht welke ZIN-aanbieders inzetbaar zijn voor passende hulp.'),
  (45, 'Het CJG verheldert de vraag met een brede blik', 'De jeugdprofessional heeft contact met zorgbemiddeling.'),
  (46, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG heeft korte lijnen met de backoffice jeugd van de gemeente Oss.'),
  (47, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG geeft altijd een terugkoppeling naar de verwijzers , dit kan alleen met toestemming van de jeugdige/ouders. Mocht het om een melder gaan dan neemt het CJG contact op met de melder dat de vraag is aangekomen. Dus geen inhoudelijke terugkoppeling.'),
  (48, 'Het CJG verheldert de vraag met een brede blik', 'De jeugdprofessionals handelt kostenbewust.'),
  (49, 'Het CJG verheldert de vraag met een brede blik', 'De teams van het CJG beschikken over expertise op het gebied van opvoed- en opgroeiondersteuning, preventieve jeugdgezondheidszorg, jeugd met beperking, jeugdpsychologie, gedragsdeskundigheid en veiligheid.'),
  (50, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG houdt bij hoe het gaat: kijkt met de inwoner naar de doelen en of die behaald worden.'),
  (51, 'Het CJG verheldert de vraag met een brede blik', 'De jeugdprofessional houdt de vinger aan de pols op het moment dat blijkt dat jeugdige/ouders onvoldoende in staat zijn om eigen regie te voeren en/of de ernst van de problematiek in te schatten.'),
  (52, 'Het CJG verheldert de vraag met een brede blik', 'Er zijn verschillende evaluatiemomenten zoals bij een multidisciplinair overleg, afsluiting casus, overdracht etc..'),
  (53, 'Het CJG verheldert de vraag met een brede blik', 'Wanneer een jeugdige/ouder terugkomt met een vraag neemt hij direct contact op met de eerder betrokken jeugdprofessional van het CJG. Op basis van zijn kennis van het gezin schat de jeugdprofessional samen met het gezin in wat nodig is en pakt dit zelf weer op.'),
  (54, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG werkt netwerk versterkend. Daarbij organiseren ze een vangnet rondom het gezin.'),
  (55, 'Het CJG verheldert de vraag met een brede blik', 'Het CJG geeft een zorgmelding door aan Veilig Thuis op het moment dat ouders niet mee willen werken en de veiligheid van jeugdige mogelijk in gevaar is. Of de jeugdprofessional overweegt inbreng bij de beschermtafel.'),
  (56, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG/de welzijnsaanbieder evalueert individuele en wijkgerelateerde vraagstukken in samenhang, zodat gezocht wordt naar structurele oplossingen.'),
  (57, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG beschikt over een monitoringsinstrument. Gemeente Oss ontvangt per kwartaal rapportages van de welzijnsaanbieder en de monitoring van de wachtlijst.'),
  (58, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG werkt met een steunstructuur. Onderdelen in de steunstructuur zijn: collegiaal overleg, casuïstiek bespreking in eigen team, breed meldteam, intervisie en werkbegeleiding.'),
  (59, 'Het CJG verzamelt inzichten hoe het gaat', 'Voor alle (nieuwe) medewerkers is er een (na)scholingsprogramma beschikbaar.'),
  (60, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG deelt succes verhalen onderling.'),
  (61, 'Het CJG verzamelt inzichten hoe het gaat', 'De werkwijze van de jeugdprofessionals van de welzijnsaanbieder dient gebaseerd te zijn op de richtlijnen jeugdhulpverlening en jeugdbescherming en voldoet daarmee aan de eisen die het SKJ stelt.'),
  (62, 'Het CJG verzamelt inzichten hoe het gaat', 'Monitoring professioneel handelen.'),
  (63, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG rapporteert aan de gemeente Oss maandelijks in hoeveel gevallen en met hoeveel weken de termijn van 2 weken wachttijd wordt overschreden.'),
  (64, 'Het CJG verzamelt inzichten hoe het gaat', 'Het CJG rapporteert aan de gemeente Oss maandelijks in hoeveel gevallen en met hoeveel weken de termijn van 8 weken in het proces toeleiding naar zorg wordt overschreden.')) v(position, heading, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH';

insert into steering_core_condition (type_of_work_id, position, title, text)
select t.id, v.position, v.title, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Kernbeding Toegang jeugd', '1. De toegang jeugd biedt de inwoners van de gemeente Oss informatie en advies en is de toegang tot jeugdhulp. Dit noemen wij het Centrum Jeugd en Gezin (CJG).
2. Het CJG is zowel fysiek als telefonisch bereikbaar van 09.00 uur tot 17.00 uur op kantoordagen.
3. Het CJG neemt alle hulpvragen van de inwoners van de gemeente Oss aan.
4. Het CJG bepaalt waar zij de hulpvraag neerlegt. Dit kan bij het sociaal team of de jeugdprofessional van het CJG.
5. De jeugdprofessionals van het CJG sluiten aan op vindplaatsen: peuterspeelzalen en kinderdagverblijven, scholen, wijk- en dorpscentra, huisartsen et cetera.
6. Het CJG heeft samenwerkingsafspraken gemaakt op het gebied van vroegsignalering, bereikbaarheid, toeleiding tot en afschaling van ondersteuning en hulp.
7. De welzijnsaanbieder heeft afspraken met de GGD over de inbreng van inhoudelijke deskundigheid, taken en personeel in het CJG. De medewerkers van de GGD die taken van de welzijnsaanbieder uitvoeren, vallen rechtstreeks onder de (operationele) aansturing van de welzijnsaanbieder.
8. Het CJG biedt preventieve activiteiten op basis van een concreet preventieplan. Dit plan is vastgesteld op 1 januari 2022. Het CJG actualiseert dit preventieplan jaarlijks op basis van effectiviteit.
9. De jeugdprofessionals van het CJG kennen de wettelijke kaders en passen deze toe, zoals o.a. de Algemene wet bestuursrecht, Jeugdwet, Wet maatschappelijke ondersteuning (Wmo), Wet bescherming persoonsgegevens en de per 25 mei 2018 van toepassing zijnde Algemene Verordening Gegevensbescherming (AVG), de meldcode kindermishandeling en huiselijk geweld, de kaders van de beroepsgroep en andere relevante landelijke en lokale verordeningen, beleidsregels (inclusief PGB) en nadere regels Wmo en Jeugdhulp.
10. Alle jeugdprofessionals van het CJG dienen geregistreerd te staan in het kwaliteitsregister Jeugd. De welzijnsaanbieder draagt zorg voor geaccrediteerde scholing conform de eisen van SKJ voor deze personeelsleden en medewerkers.
11. Alle jeugdprofessionals werken conform de basisfunctionaliteiten CJG. De basisfunctionaliteiten zijn uitgewerkt in een document dat als bijlage is toegevoegd aan deze overeenkomst.'),
  (2, 'Kernbeding Hulpvragen', '1. Het CJG neemt alle hulpvragen van een jeugdige in de leeftijd van 0-23 jaar in behandeling.
2. Het CJG neemt een hulpvraag binnen twee weken in behandeling
3. De welzijnsaanbieder rapporteert aan de gemeente maandelijks in hoeveel gevallen en met hoeveel weken zij de termijn van 2 weken wachttijd overschrijdt. (wachtlijst)
4. De welzijnsaanbieder rapporteert aan de gemeente maandelijks in hoeveel gevallen en met hoeveel weken zij de termijn van 8 weken in het proces toeleiding naar zorg overschrijdt. (doorlooptijd)
5. Het CJG kan een hulpvraag zelf oplossen, binnen het voorliggend veld of met inzet van specialistische jeugdhulp.
6. Het CJG beschikt in elk team over deskundigheid op het gebied van opvoed- en opgroeiondersteuning, preventieve jeugdgezondheidszorg, jeugd met beperking, jeugdpsychologie en veiligheid.
7. Een hulpvraag die een jeugdprofessional zelf oplost mag maximaal uit 5 gesprekken bestaan met de jeugdige/ouders. Mocht na 5 gesprekken de conclusie zijn dat toch specialistische jeugdhulp nodig is dan dient na het laatste gesprek met de cliënt binnen 2 weken een aanvraag tot specialistische jeugdhulp te zijn aangevraagd.
8. Leidt de hulpvraag tot een aanvraag dan houdt de jeugdprofessional de wettelijke termijn van 8 weken aan.
9. De jeugdprofessional van het CJG werkt conform de werkwijze “werken in de driehoek” inclusief de Samenwerkwijze.
10. De jeugdprofessional van het CJG werken conform de inkoop gespecialiseerde jeugdhulp regio Noordoost Brabant en maakt daarbij gebruik van de producten en tarieven 2021, het contractenboek jeugd ZIN 2021 en de regionale werkinstructies.
11. Het CJG schakelt Veilig Thuis en/of de Raad voor de Kinderbescherming in voor afstemming op het moment dat de veiligheid van jeugdigen in een gezin in het geding is. De jeugdprofessionals werken nauw samen met Veilig Thuis in casuïstiek en blijven betrokken bij het gezin, eventueel samen met Jeugdhulpaanbieders. De samenwerking geschiedt volgens het vastgestelde Handelingsprotocol Veilig Thuis BNO 2020 dat is uitgewerkt in regionale uitvoeringsafspraken samenwerking Veilig Thuis-lokale teams. Ook levert de welzijnsaanbieder voorzitters voor de twee sub-regionale beschermtafels van de gemeenten Uden, Meijerijstad, Landerd, Boekel, Oss en Bernheze.
12. Het CJG pakt crisissituaties direct op tijdens kantoortijd.
13. De jeugdprofessionals van het CJG kennen de wettelijke kaders en passen deze toe, zoals o.a. de Algemene wet bestuursrecht, Jeugdwet, Wet maatschappelijke ondersteuning (Wmo), Wet bescherming persoonsgegevens en de per 25 mei 2018 van toepassing zijnde Algemene Verordening Gegevensbescherming (AVG), de meldcode kindermishandeling en huiselijk geweld, de kaders van de beroepsgroep en andere relevante landelijke en lokale verordeningen, beleidsregels (inclusief PGB) en nadere regels Wmo en Jeugdhulp.
14. Alle jeugdprofessionals van het CJG dienen geregistreerd te staan in het kwaliteitsregister Jeugd. De welzijnsaanbieder draagt zorg voor geaccrediteerde scholing conform de eisen van SKJ voor deze personeelsleden en medewerkers.
15. Alle jeugdprofessionals werken conform de basisfunctionaliteiten CJG. De basisfunctionaliteiten zijn uitgewerkt in een document dat als bijlage is toegevoegd aan deze overeenkomst.')) v(position, title, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH';

insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
select a.id, 5, 'YOUTH_WORK', 'Jongerenwerk', 'YOUTH',
       'Als gemeente Oss, willen we dat alle jongeren in Oss (daar waar nodig met ondersteuning van het jongerenwerk) meedoen in de samenleving.
De jongerenwerkers van de welzijnsaanbieder begeleiden kwetsbare jongeren (in de leeftijd van 10 tot ca 23 jaar) om dit te bereiken, door:
- als basisvoorziening te functioneren waar alle jongeren terecht kunnen voor talentontwikkeling en ontmoeting in een veilige omgeving;
- ervoor te zorgen dat de kwetsbare Osse jongeren hun eigen verantwoordelijkheden en mogelijkheden versterken door hen te begeleiden bij het werken aan hun persoonlijke doelen op zowel persoonlijk als sociaal vlak;
- mogelijkheden te bieden voor het vinden van een dagbesteding en motiveren / naar de juiste plek leiden bij het vinden van een positief en reëel toekomstperspectief, bijvoorbeeld naar stage of werk;
- de kwetsbare jongeren in beeld te hebben;
- gemakkelijk te vinden te zijn voor jongeren, zowel georganiseerd als spontaan;
- de kwetsbare jongeren optimaal te ondersteunen door in overleg met de jongere af te wegen of zij de jongere zelf kort te coachen of warm over te dragen naar een voorliggende voorziening / ketenpartner;
- een preventieve functie te vervullen op in ieder geval het gebied van het voorkomen van eenzaamheid, middelengebruik, verslaving, criminaliteit, radicalisering, schooluitval en escalatie van zware problematiek. Aangevuld met en informatie over advies op het gebied van gebruik van sociale media en online veiligheid en de vraag van dat moment.'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

insert into steering_goal (type_of_work_id, position, heading, text)
select t.id, v.position, v.heading, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, null, 'De Jongerenwerkers bieden vanaf 1 januari 2022 alleen activiteiten aan die de ontwikkeling van talenten en competenties van kwetsbare jongeren stimuleren.'),
  (2, null, 'Het jongerenwerk werkt nauw samen met partners en organiseert op basis van die samenwerking vanaf 1 januari 2022 activiteiten samen met een partner.'),
  (3, null, 'Bij de methodische interventies met de doelgroep maken jongerenwerkers vanaf 1 januari 2022 altijd de afweging of zij doorverwijzen naar bestaande voorliggende voorzieningen , korte individuele coaching of doorverwijzen naar individuele begeleiding / hulp van ketenpartners. En zij maken in overleg met de jongere hierin een keuze.'),
  (4, null, 'Het jongerenwerk signaleert vanaf 1 januari 2022 wat jongeren missen in de bestaande faciliteiten die door de Gemeente Oss wordt aangeboden en maakt dit kenbaar bij de gemeente Oss.'),
  (5, null, 'Het jongerenwerk organiseert vanaf 1 januari 2022 mede haar werk op basis van de wijkfoto, waaruit zij de problematiek analyseert, die aansluit bij de vragen van de jongeren.'),
  (6, null, 'Jongerenwerkers leggen vanaf 1 januari 2022 contact met jongeren op plekken waar en tijden waarop jongeren (samen)komen.'),
  (7, null, 'Het jongerenwerk werkt vanaf 1 januari 2022 netwerkgericht via de samenwerkwijze.'),
  (8, null, 'Het jongerenwerk organiseert vanaf 1 januari 2022 activiteiten op het gebied van preventie. Daarbij gaat het in ieder geval over de onderwerpen voorkomen van eenzaamheid, middelengebruik, verslaving, criminaliteit, radicalisering, schooluitval en escalatie van zware problematiek. Aangevuld met informatie en advies op het gebied van gebruik van sociale media en online veiligheid en de vraag van dat moment. Dit door bewustwording bij jongeren te creëren, de onderwerpen bespreekbaar te maken en het geven van voorlichting, informatie en advies.'),
  (9, null, 'Het jongerenwerk signaleert en beoordeelt vanaf 1 januari 2022 tijdig overlastgevend gedrag. Hierbij spreken ze jongeren aan op hinderlijk en overlast gevend gedrag, pakken ze een rol richting ouders en de omgeving, zoals diegenen die de overlast ervaren en stemmen af met de straatcoaches en politie'),
  (10, null, 'Het jongerenwerk is vanaf 1 januari 2022 zichtbaar, laagdrempelig, benaderbaar en vindbaar: zowel jongeren als hun ouders weten hoe zij de jongerenwerkers kunnen bereiken.'),
  (11, null, 'Het jongerenwerk zorgt er vanaf 1 januari 2022 voor dat de activiteiten die zij aanbieden en middelen die zij gebruiken om gevonden te worden, blijven aansluiten bij de huidige tijd en behoeften van de kwetsbare jongeren. Hierbij doorlopen ze de cyclus op zoek gaan – signaleren – ontwikkelen – uitvoeren - evalueren. Hierdoor blijft het aanbod in ontwikkeling en aansluiten bij de behoeften.'),
  (12, null, 'Het jongerenwerk is deskundig in de diverse onderdelen van hun vak.')) v(position, heading, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH_WORK';

insert into steering_core_condition (type_of_work_id, position, title, text)
select t.id, v.position, v.title, v.text
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Kernbeding', '- Het leveren van jongerenwerkers, die zich richten op het versterken van eigen verantwoordelijkheden en mogelijkheden van kwetsbare jongeren (in de leeftijd van 12 tot ca 23 jaar) door het begeleiden van deze kwetsbare jongeren bij het bereiken van hun persoonlijke doelen op zowel persoonlijk als sociaal vlak;
- Alle jongeren kunnen gebruik maken van het aanbod van de jongerenwerkers, wat bestaat uit groepswerk, korte individuele coaching, locatie- en accommodaties-gebonden werk, ambulant jongerenwerk, voorlichting, informatie en advies en meidenwerk;
- Jongerenwerkers werken op onregelmatige tijden, namelijk op tijden waarop jongeren (samen)komen;
- De welzijnsaanbieder heeft een juiste mix van MBO- en HBO opgeleide jongerenwerkers. Zij hebben kennis van en ervaring met de toepassing van (interventie)methodieken en de sociale kaart. Ook beschikken zij over sociale vaardigheden voor het opbouwen van een netwerk, het motiveren en stimuleren van de doelgroep, voor het onderhouden van intensieve contacten met de jongere en zijn/haar (leef)omgeving en voor het omgaan met fysiek en verbaal geweld en het corrigerend/controlerend optreden hierbij;
- De jongerenwerkers maken gebruik van het netwerk via de Samenwerkwijze;
- De jongerenwerkers maken altijd, in overleg met de jongere, de afweging of zij een jongere zelf kort coachen, dan wel warm overdragen naar een voorliggende voorziening of hulp van een ketenpartner;
- De jongerenwerkers bieden activiteiten aan en gebruiken middelen zich vindbaar te maken, die aansluiten bij de huidige tijd en behoeften van de kwetsbare jongeren;
- De jongerenwerkers vervullen een preventieve functie op in ieder geval het gebied van het voorkomen van eenzaamheid, middelengebruik, verslaving, criminaliteit, radicalisering, schooluitval en escalatie van zware problematiek. Aangevuld met en informatie en advies op het gebied van gebruik van sociale media en online veiligheid en de vraag van dat moment.')) v(position, title, text)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH_WORK';

insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
                           responsible_party, where_agreed, monitoring_owner)
select t.id, v.position, v.description, 'RISK', v.probability, v.damage, v.precondition, v.responsible, v.where_agreed, v.monitoring
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'In de huidige begroting heeft de welzijnsaanbieder 1,95 fte opgenomen voor sociaal raadsliedenwerk.', 3, 3, 'De formatie is passend bij de doelen die we gesteld hebben.', 'Welzijnsaanbieder', '', ''),
  (2, 'Er ontstaat een wachtlijst voor deze voorziening.', 2, 2, 'Goed monitoren van de wachtlijst en een tijdig doorstroom en uitstroom.', 'Welzijnsaanbieder', '', ''),
  (3, 'Vaardigheden, kennis en opleidingsniveau is onvoldoende aanwezig. De samenwerkwijze is onvoldoende ingevoerd.', 2, 1, 'Welzijnsaanbieder toetst in 2021 of de medewerkers voldoende kennis en vaardigheden hebben en deze kunnen toepassen. Indien nodig wordt in 2021 hierop scholing aangeboden.', 'Welzijnsaanbieder', '', ''),
  (4, 'Er zijn voor onvoldoende faciliteiten om in de wijk de werkzaamheden uit te voeren.', 3, 3, 'Medewerkers beschikken over de juiste voorzieningen en locaties in iedere wijk om zo laagdrempelig mogelijk te kunnen werken.', 'Welzijnsaanbieder', '', '')) v(position, description, probability, damage, precondition, responsible, where_agreed, monitoring)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'SOCIAL_LEGAL_ADVICE';

insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
                           responsible_party, where_agreed, monitoring_owner)
select t.id, v.position, v.description, 'RISK', v.probability, v.damage, v.precondition, v.responsible, v.where_agreed, v.monitoring
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Meer dan 90 % van de inwoners moeten langer dan vier weken na datum aanmelding wachten op het eerste vraagverhelderingsgesprek. Als onduidelijk is waarom er een wachtlijst ontstaat, onderzoekt welzijnsaanbieder wat de oorzaak daarvan is en rapporteert hierover naar de gemeente.', 2, 3, 'Goed monitoren van de wachtlijst en wachttijd en maandelijkse rapportage naar de gemeente. Aanbieder neemt maatregelen voor tijdige doorstroom en uitstroom.
Welzijnsaanbieder onderzoekt wat de oorzaak daarvan is en neemt passende maatregelen.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente, in het transformatieoverleg: monitoring van wachtlijst en wachttijd.'),
  (2, 'Meer dan 20% van de individuele trajecten duurt na de vraagverheldering langer dan zes kalendermaanden. Als onduidelijk is waarom de 20% niet gehaald wordt, onderzoekt welzijnsaanbieder wat de oorzaak daarvan is en rapporteert hierover naar de gemeente.', 2, 3, 'Welzijnsaanbieder beschrijft in het samenwerkplan van de inwoner hoe uitstroom gerealiseerd kan worden binnen een periode van maximaal zes kalendermaanden na vraagverheldering. Sociaal werkers evalueren uiterlijk een maand voor afloop van deze zes maanden de voortgang van het samenwerkplan en mogelijke uitstroom. Welzijnsaanbieder neemt maatregelen om de termijn voor afronding traject binnen zes maanden te halen. Aanbieder monitort de termijn van afronding traject en rapporteert hierover naar de gemeente.
Welzijnsaanbieder onderzoekt wat de trend en oorzaak daarvan is en neemt passende maatregelen.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente Oss, in het transformatieoverleg: monitoren van de afrondingstermijn individuele trajecten en van de rapportage over de oorzaak.'),
  (3, 'Inwoners komen na afsluiting van een traject binnen een jaar terug met dezelfde hulpvraag. Als onduidelijk is waarom inwoners binnen een jaar terugkomen met dezelfde hulpvraag, onderzoekt welzijnsaanbieder wat de oorzaak daarvan is en rapporteert hierover naar de gemeente.', 2, 2, 'Sociaal werkers zorgen bij afsluiting van trajecten voor borging in het sociaal netwerk of collectief aanbod. Welzijnsaanbieder monitort het aantal herhaalde hulpvragen binnen een jaar en rapporteert hierover naar de gemeente.
Welzijnsaanbieder onderzoekt wat de oorzaak daarvan is en neemt passende maatregelen.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente, in het transformatieoverleg: monitoren van het aantal herhaalde hulpvragen binnen een jaar.'),
  (4, 'Na afsluiting traject is het aantal doorverwijzingen naar aanvragen maatwerkvoorziening Wmo hoger dan 10%. Als onduidelijk is waarom het % doorverwijzingen hoger is dan 10%, onderzoekt aanbieder wat de trend en oorzaak daarvan is.', 2, 3, 'Het trajectplan beschrijft of- en hoe uitstroom gerealiseerd wordt binnen een periode van maximaal zes kalendermaanden na vraagverheldering. Aanbieder monitort het % doorverwijzingen per kwartaal en rapporteert hierover naar de gemeente.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente Oss, in het transformatieoverleg: monitoren van het % doorverwijzingen.')) v(position, description, probability, damage, precondition, responsible, where_agreed, monitoring)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'INDIVIDUAL_SOCIAL_WORK';

insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
                           responsible_party, where_agreed, monitoring_owner)
select t.id, v.position, v.description, 'RISK', v.probability, v.damage, v.precondition, v.responsible, v.where_agreed, v.monitoring
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Vaardigheden gericht op collectief sociaal werk zijn onvoldoende aanwezig bij de sociaal werkers.', 2, 2, 'De welzijnsaanbieder toetst de toepassing van de 10 competenties sociaal werker Maatschappelijke ondersteuning en rapporteert hierover naar de gemeente. Indien nodig zorgt welzijnsaanbieder voor een scholingsprogramma ten behoeve van deskundigheidsbevordering.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente, in het transformatieoverleg: monitoring jaarverslag.'),
  (2, 'Sociaal werkers kennen de omgeving onvoldoende en / of zien te weinig mogelijkheden voor vrijwillige inzet en informele ondersteuning.', 2, 2, 'Op 1 januari 2022 weet elke sociaal werker wat ontmoetingsplekken zijn in de wijk, kern of buurt en zijn daar aanspreekbaar voor inwoners. Aanspreekbaar wil zeggen dat zij naar het oordeel van de gemeente voldoende warme contacten in wijken en buurten hebben, de sociale kaart kennen en bekend zijn bij mensen uit de buurt zodat ze vindbaar zijn. Dit kan op meerdere plekken in de wijken en kernen zijn en op straat. De welzijnsaanbieder neemt passende maatregelen om dit te bereiken en geeft sociaal werkers de opdracht de ontmoetingsplekken in kaart te brengen en daar kenbaar te maken hoe zij aanspreekbaar zijn.', 'Welzijnsaanbieder', 'Overeenkomst', 'Gemeente, in het transformatieoverleg: monitoring jaarverslag.'),
  (3, 'Informele ondersteuning: aanbieder heeft op 1-2-2022 geen plan aangeleverd waardoor ondersteuning van vrijwilligers en mantelzorgers onvoldoende aandacht krijgt. Daardoor blijft de verschuiving naar meer collectieve – en informele ondersteuning uit.', 2, 2, 'Aanbieder bespreekt in december in het maandelijks overleg met de gemeente een conceptversie van het plan.', 'Aanbieder', 'Overeenkomst', 'Gemeente, in het transformatieoverleg: monitoring plan inzet informele ondersteuning met aandacht voor de risico’s.')) v(position, description, probability, damage, precondition, responsible, where_agreed, monitoring)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'COLLECTIVE_SOCIAL_WORK';

insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
                           responsible_party, where_agreed, monitoring_owner)
select t.id, v.position, v.description, 'RISK', v.probability, v.damage, v.precondition, v.responsible, v.where_agreed, v.monitoring
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'Het CJG is niet bij alle inwoners bekend.', 3, 2, 'Uitvoering geven aan CJG basisfunctionaliteiten waarin taken zijn opgenomen m.b.t. zichtbaarheid/outreachend werken (verantwoordelijk: aanbieder).
Aanpassing mocht blijken dat de basisfunctionaliteiten niet volstaan (verantwoordelijk: gemeente).', 'Aanbieder en gemeente', '', ''),
  (2, 'Het CJG is niet altijd bereikbaar tijdens kantooruren.', 3, 2, 'Informatie (ook buiten kantooruren) voor inwoners beschikbaar. Denk aan website, sociale media etc.', 'Aanbieder', '', ''),
  (3, 'Jeugdprofessionals van het CJG zijn niet voldoende zichtbaar op de vindplaatsen.', 1, 1, 'Uitvoering geven aan de outreachende taak van het CJG zoals uitgewerkt in de basisfunctionaliteiten CJG (verantwoordelijk: aanbieder).
Aanpassing mocht blijken dat de basisfunctionaliteiten niet volstaan (verantwoordelijk: gemeente).', 'Aanbieder en gemeente', '', ''),
  (4, 'De GGD heeft een ander beeld bij haar rol dan aanbieder.', 3, 2, 'Concrete afspraken met de GGD over hun taak/rol en dit opnemen in het uitvoeringsplan dat aansluit op de basisfunctionaliteiten CJG.', 'Aanbieder', '', ''),
  (5, 'Preventieve activiteiten kunnen meer hulpvragen opleveren.', 2, 2, 'Opstellen preventieplan met daarin de activiteiten. En hierbij rekening houden dat de activiteiten niet een hoos aan hulpvragen oproept. Activiteiten richten op opvoeden en ondersteuning.', 'Aanbieder', '', ''),
  (6, 'Er ontstaat een wachtlijst bij het CJG.', 2, 2, 'Monitoren van de wachtlijst en wachttijd.', 'Aanbieder', '', ''),
  (7, 'De hulpaanvrager (jeugdige/ouders) staat langer dan twee weken op de wachtlijst.', 2, 2, 'De jeugdprofessional neemt na twee weken contact op met de hulpaanvrager (jeugdige/ouders) en maakt afspraken over de frequentie van contactmomenten voor de periode dat de hulpvraag nog niet in behandeling genomen kan worden.', 'De welzijnsaanbieder', '', ''),
  (8, 'Moeilijk om de juiste jeugdhulpaanbieder toe te wijzen vanwege wachtlijsten bij de jeugdhulpaanbieder.', 2, 2, 'Monitoren van de wachtlijst en wachttijd bij jeugdhulpaanbieders (verantwoordelijk: RIOZ, waar: Centrumregeling).
Tijdige doorstroom en uitstroom (verantwoordelijk: jeugdhulpaanbieder, waar: overeenkomst).', 'RIOZ en jeugdhulpaanbieder', 'Centrumregeling; overeenkomst', ''),
  (9, 'Het CJG beschikt niet over voldoende deskundigheid opvoed- en opgroeiondersteuning, preventieve jeugdgezondheidszorg, jeugd met beperking, jeugdpsychologie en veiligheid.', 1, 1, 'Scholingsprogramma ten behoeve van deskundigheidsbevordering voor alle jeugdprofessionals van het CJG.', 'Aanbieder', '', ''),
  (10, 'Veel aanvoer van casussen door Veilig Thuis.', 1, 1, 'Monitoren van de stroom aan casussen van Veilig Thuis (verantwoordelijk: aanbieder).
Op basis van de monitoring onderzoeken of de huidige capaciteit van het CJG volstaat met de stroom aan hulpvragen (verantwoordelijk: aanbieder).
Wellicht kan extra capaciteit nodig zijn. Betekent extra financiële middelen beschikbaar stellen (verantwoordelijk: gemeente, waar: beleid).', 'Aanbieder en gemeente', 'Beleid', ''),
  (11, 'De jeugdhulpaanbieder levert geen overbruggingszorg.', 2, 2, 'Signaleren welke jeugdhulpaanbieders geen overbruggingszorg leveren (verantwoordelijk: de welzijnsaanbieder).
In gesprek met de jeugdhulpaanbieders die geen overbruggingszorg leveren (verantwoordelijk: RIOZ, waar: Centrumregeling).', 'Welzijnsaanbieder en RIOZ', 'Centrumregeling', '')) v(position, description, probability, damage, precondition, responsible, where_agreed, monitoring)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH';

insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
                           responsible_party, where_agreed, monitoring_owner)
select t.id, v.position, v.description, 'RISK', v.probability, v.damage, v.precondition, v.responsible, v.where_agreed, v.monitoring
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id, (values
  (1, 'De inzet van de jongerenwerkers draagt niet onvoldoende bij aan de persoonlijke en/of sociale ontwikkeling van de jongeren en/of de groep.', 2, 3, 'Methodes toepassen die de effectiviteit van de inzet verhogen.', 'Aanbieder', 'Overeenkomst', ''),
  (2, 'De individuele vragen gaan ten koste van het collectief werk.', 2, 2, 'Tijdige doorstroom (naar voorliggende voorzieningen/CJG).', 'Aanbieder', 'Overeenkomst', ''),
  (3, 'Ontbreken van aansluiting bij de doelgroep.', 2, 3, 'Beoordelen of het team jongerenwerkers over de juiste kwaliteiten / eigenschappen en diversiteit beschikt om aan te kunnen sluiten bij de doelgroep en deze problemen oplossen d.m.v. bijscholing / wijziging in teamsamenstelling.', 'Aanbieder', 'Overeenkomst', ''),
  (4, 'De tijden waarop jongeren (samen)komen, vinden steeds later in de avond / nacht plaats.', 3, 3, 'Aanpassen van werktijden van professioneel jongerenwerkers.', 'Aanbieder', 'Overeenkomst', ''),
  (5, 'De jongerenwerkers leveren niet de afgesproken kwaliteit.', 1, 3, 'Duidelijke kwaliteitseisen stellen met maatregelen wanneer niet wordt voldaan aan deze (verantwoordelijk: gemeente Oss, waar: overeenkomst / apart kwaliteitskader).
Inzichtelijk maken hoe de kwaliteit op peil wordt gehouden (verantwoordelijk: welzijnsaanbieder, waar: overeenkomst).', 'Gemeente Oss en welzijnsaanbieder', 'Overeenkomst / apart kwaliteitskader', ''),
  (6, 'De jongeren willen niet aan de slag met de problemen die zijn vastgesteld vanuit de wijkfoto.', 1, 3, 'De jongeren meer betrekken bij de wijkfoto, de jongeren mee laten denken over de activiteiten en het aanbod.', 'Welzijnsaanbieder', 'Overeenkomst', '')) v(position, description, probability, damage, precondition, responsible, where_agreed, monitoring)
where a.municipality_code = '0828' and a.year = 2021 and t.code = 'YOUTH_WORK';

-- Financing lines per type of work, as in the memo's tables (FTE blank where the memo has none; amounts in cents).
insert into steering_financing_line (assignment_id, type_of_work_id, position, label, fte, amount_cents, category,
                                     target_group, proeftuin, added_by, added_at)
select a.id, t.id, v.position, v.label, v.fte, v.amount_cents, v.category, v.target_group, false, 'migratie', now()
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
     join (values
  (1, 'SOCIAL_LEGAL_ADVICE', 'Sociaal Raadslieden', 1.95, 20929563, 'STAFF', 'ADULTS'),
  (2, 'SOCIAL_LEGAL_ADVICE', 'Activiteitenbudget', null, 0, 'ACTIVITY_BUDGET', 'ADULTS'),
  (3, 'INDIVIDUAL_SOCIAL_WORK', 'Persoonlijke begeleiding volwassenen (Wmo)', 15.00, 160996635, 'STAFF', 'ADULTS'),
  (4, 'INDIVIDUAL_SOCIAL_WORK', 'Huisvesting', null, 1749300, 'HOUSING', 'ADULTS'),
  (5, 'INDIVIDUAL_SOCIAL_WORK', 'Blink', 1.04, 11162433, 'STAFF', 'ADULTS'),
  (6, 'INDIVIDUAL_SOCIAL_WORK', 'Voor elkaar', 7.06, 75775750, 'STAFF', 'ADULTS'),
  (7, 'INDIVIDUAL_SOCIAL_WORK', 'Activiteitenbudget vrijwilligersondersteuning', null, 2412800, 'ACTIVITY_BUDGET', 'ADULTS'),
  (8, 'COLLECTIVE_SOCIAL_WORK', 'Groepen en voorzieningen volwassenen', 5.96, 63969330, 'STAFF', 'ADULTS'),
  (9, 'COLLECTIVE_SOCIAL_WORK', 'Dement Talent', 0.38, 4078581, 'STAFF', 'ADULTS'),
  (10, 'COLLECTIVE_SOCIAL_WORK', 'Doorontwikkeling Talentcentrum', 0.67, 7191183, 'STAFF', 'ADULTS'),
  (11, 'COLLECTIVE_SOCIAL_WORK', 'Huisvesting', null, 8028000, 'HOUSING', 'ADULTS'),
  (12, 'COLLECTIVE_SOCIAL_WORK', 'Activiteitenbudget Groepen en voorzieningen', null, 31752000, 'ACTIVITY_BUDGET', 'ADULTS'),
  (13, 'COLLECTIVE_SOCIAL_WORK', 'Samen Doen volwassenen', 10.13, 108726394, 'STAFF', 'ADULTS'),
  (14, 'COLLECTIVE_SOCIAL_WORK', 'Activiteitenbudget Samen Doen', null, 3209400, 'ACTIVITY_BUDGET', 'ADULTS'),
  (15, 'COLLECTIVE_SOCIAL_WORK', 'Sociale Reductie', null, 4645800, 'OTHER', 'ADULTS'),
  (16, 'YOUTH', 'Persoonlijke begeleiding Jeugd, opvoedingsondersteuning, deskundigheidsbevordering', 20.97, 225073296, 'STAFF', 'YOUTH'),
  (17, 'YOUTH', 'CJG (Jw)', 2.30, 24686151, 'STAFF', 'YOUTH'),
  (18, 'YOUTH', 'Integrale vroeghulp (Jw)', null, 1198200, 'OTHER', 'YOUTH'),
  (19, 'YOUTH', 'Flexibel budget (maatwerk budget)', null, 5480000, 'OTHER', 'YOUTH'),
  (20, 'YOUTH', 'Materieel budget Zorg voor Jeugd', null, 6116100, 'OTHER', 'YOUTH'),
  (21, 'YOUTH', 'Groepen en voorzieningen jeugd', 0.56, 6010541, 'STAFF', 'YOUTH'),
  (22, 'YOUTH', 'CJG (Jw)', 0.57, 6117872, 'STAFF', 'YOUTH'),
  (23, 'YOUTH', 'Activiteitenbudget CJG', null, 812900, 'ACTIVITY_BUDGET', 'YOUTH'),
  (24, 'YOUTH', 'Formatie SMI', 0.20, 2146622, 'STAFF', 'YOUTH'),
  (25, 'YOUTH', 'Materieel budget SMI', null, 40647400, 'OTHER', 'YOUTH'),
  (26, 'YOUTH_WORK', 'Jongerenwerkers', 4.53, 48620984, 'STAFF', 'YOUTH'),
  (27, 'YOUTH_WORK', 'Huisvesting', null, 4200000, 'HOUSING', 'YOUTH'),
  (28, 'YOUTH_WORK', 'Activiteitenbudget', null, 1750000, 'ACTIVITY_BUDGET', 'YOUTH')) v(position, code, label, fte, amount_cents, category, target_group) on v.code = t.code
where a.municipality_code = '0828' and a.year = 2021;

-- Paragraph 6.2: of the total subsidy the provider spends 622.000 euro a year in Proeftuin Ruwaard (amount set in
-- the Wijkkader), not bound to the waiting-list and lead-time agreements. Kept apart from the types of work.
insert into steering_financing_line (assignment_id, type_of_work_id, position, label, fte, amount_cents, category,
                                     target_group, proeftuin, added_by, added_at)
select a.id, null, 29, 'Proeftuin Ruwaard (bedrag vastgesteld in het Wijkkader)', null, 62200000, 'OTHER', null, true,
       'migratie', now()
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;

-- What the memo states: its subtotal rows and the Proeftuin amount. Shown next to the computed figures only.
insert into steering_stated_figure (assignment_id, type_of_work_id, kind, label, fte, amount_cents, source)
select a.id, t.id, 'SUBTOTAL', v.label, v.fte, v.amount_cents, 'Memo 001, tabel Financiering'
from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
     join (values
  ('SOCIAL_LEGAL_ADVICE', 'Subtotaal Sociaal Raadsliedenwerk', 1.95, 20929563),
  ('INDIVIDUAL_SOCIAL_WORK', 'Subtotaal Individueel Sociaal Werk', 23.10, 252096918),
  ('COLLECTIVE_SOCIAL_WORK', 'Subtotaal Collectief Sociaal Werk', 17.14, 231600688),
  ('YOUTH', 'Subtotaal Jeugd', 24.60, 318289081),
  ('YOUTH_WORK', 'Subtotaal Jongerenwerk', 4.53, 54570984)) v(code, label, fte, amount_cents) on v.code = t.code
where a.municipality_code = '0828' and a.year = 2021;

insert into steering_stated_figure (assignment_id, type_of_work_id, kind, label, fte, amount_cents, source)
select a.id, null, 'PROEFTUIN', 'Proeftuin Ruwaard', null, 62200000, 'Memo 001, paragraaf 6.2'
from steering_assignment a where a.municipality_code = '0828' and a.year = 2021;
