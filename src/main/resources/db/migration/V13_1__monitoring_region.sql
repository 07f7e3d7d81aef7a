-- Regions as configuration (MON-9, ADR 0018): a youth-care region and its member municipalities. A municipality
-- belongs to at most one region, so the key of a member is its CBS code. Names are kept here so that monitoring
-- never reads identity's tables.
create table monitoring_region
(
    code text primary key,
    name text not null
);

create table monitoring_region_member
(
    municipality_code char(4) primary key,
    region_code       text    not null references monitoring_region (code),
    municipality_name text    not null
);

create index monitoring_region_member_region on monitoring_region_member (region_code);

-- Jeugdhulpregio Noordoost-Brabant: the sixteen municipalities of the generator's Regions.region().
insert into monitoring_region (code, name) values ('noordoost-brabant', 'Jeugdhulpregio Noordoost-Brabant');
insert into monitoring_region_member (municipality_code, region_code, municipality_name)
values ('0828', 'noordoost-brabant', 'Oss'),
       ('0796', 'noordoost-brabant', '''s-Hertogenbosch'),
       ('1948', 'noordoost-brabant', 'Meierijstad'),
       ('0797', 'noordoost-brabant', 'Heusden'),
       ('0865', 'noordoost-brabant', 'Vught'),
       ('1991', 'noordoost-brabant', 'Maashorst'),
       ('0296', 'noordoost-brabant', 'Wijchen'),
       ('0845', 'noordoost-brabant', 'Sint-Michielsgestel'),
       ('1721', 'noordoost-brabant', 'Bernheze'),
       ('0757', 'noordoost-brabant', 'Boxtel'),
       ('0755', 'noordoost-brabant', 'Boekel'),
       ('1685', 'noordoost-brabant', 'Land van Cuijk'),
       ('0263', 'noordoost-brabant', 'Maasdriel'),
       ('0297', 'noordoost-brabant', 'Zaltbommel'),
       ('1960', 'noordoost-brabant', 'West Betuwe'),
       ('0225', 'noordoost-brabant', 'Druten');
