-- TOE-13: the expertises of each professional, so cases are distributed by expertise and a team can see
-- whether it holds all of them.
create table app_user_expertise
(
    username  text not null references app_user (username),
    expertise text not null check (expertise in ('PARENTING_SUPPORT', 'PREVENTIVE_YOUTH_HEALTH', 'DISABILITIES',
                                                 'YOUTH_PSYCHOLOGY', 'BEHAVIOURAL_EXPERTISE', 'SAFETY')),
    primary key (username, expertise)
);
