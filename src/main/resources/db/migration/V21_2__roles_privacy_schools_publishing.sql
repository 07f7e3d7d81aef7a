-- Three roles for the privacy review (issue 11), schools (issue 17) and the public pages (issue 17).
-- The list is replaced whole, so it stays the one place that names every role.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('YOUTH_PROFESSIONAL', 'TEAM_LEAD', 'BEHAVIOURAL_EXPERT', 'POLICY_OFFICER', 'PROVIDER',
                    'ADMINISTRATOR', 'PRIVACY_OFFICER', 'COMPULSORY_EDUCATION_OFFICER', 'EDITOR'));
