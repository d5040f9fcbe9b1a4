-- A subtree's planned and enrolled organizations (the dashboard's 五好 plans, AwardService's enrolments) by
-- organization: without it a township's dashboard read every enrolment of the nation (822,000) to find its own.
create index campaign_enrolment_organization_idx on campaign_enrolment (organization_id);
