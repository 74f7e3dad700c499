-- The strategic assessment: the priority-setting schemes (versioned, never changed once saved),
-- assessments (one row per version of an assessment), their commentary, candidate issues and scores,
-- and the snapshot each approval stores. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- A version of a priority-setting matrix. A coordinator's change makes a new version; nothing
-- updates or deletes a saved version, so an assessment scored with it always reads the same.
create table priority_scheme (
    scheme_id   varchar(60)  not null,
    version     integer      not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100) not null,
    primary key (scheme_id, version)
);

-- The criteria of a scheme version, in order; the total of an issue is the sum of score x weight.
create table priority_criterion (
    scheme_id    varchar(60)  not null,
    version      integer      not null,
    code         varchar(40)  not null,
    position     integer      not null,
    group_label  varchar(100) not null,
    label        varchar(200) not null,
    question     varchar(500) not null,
    weight       integer      not null,
    primary key (scheme_id, version, code),
    foreign key (scheme_id, version) references priority_scheme (scheme_id, version),
    constraint priority_criterion_weight check (weight between 0 and 10)
);

-- What each score from 1 to 5 means for a criterion.
create table priority_score_level (
    scheme_id      varchar(60)  not null,
    version        integer      not null,
    criterion_code varchar(40)  not null,
    score          integer      not null,
    definition     varchar(500) not null,
    primary key (scheme_id, version, criterion_code, score),
    foreign key (scheme_id, version, criterion_code) references priority_criterion (scheme_id, version, code),
    constraint priority_score_level_score check (score between 1 and 5)
);

-- How sure the partnership is of an issue's scores (A high, B medium, C low by default).
create table priority_confidence_grade (
    scheme_id   varchar(60)  not null,
    version     integer      not null,
    grade       varchar(1)   not null,
    position    integer      not null,
    label       varchar(60)  not null,
    definition  varchar(500) not null,
    primary key (scheme_id, version, grade),
    foreign key (scheme_id, version) references priority_scheme (scheme_id, version)
);

-- One version of a strategic assessment. Versions of the same assessment share a series id; a new
-- version is started from an approved one. computed_json holds the figures computed from the data
-- (the sections the commentary is written against), kept until the analyst recomputes them.
create table assessment (
    id                  uuid primary key,
    series_id           uuid         not null,
    version_number      integer      not null,
    status              varchar(20)  not null,
    period_first        date         not null,
    period_last         date         not null,
    comparison_first    date         not null,
    comparison_last     date         not null,
    scheme_id           varchar(60)  not null,
    scheme_version      integer      not null,
    computed_json       text         not null,
    computed_at         timestamp with time zone not null,
    copied_from         uuid,
    submitted_by_id     uuid,
    submitted_by_name   varchar(200),
    submitted_at        timestamp with time zone,
    returned_by_name    varchar(200),
    returned_at         timestamp with time zone,
    return_reason       varchar(2000),
    approved_by_id      uuid,
    approved_by_name    varchar(200),
    approved_at         timestamp with time zone,
    created_by_name     varchar(200) not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             integer      not null default 0,
    constraint assessment_series_version unique (series_id, version_number),
    constraint assessment_status check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED')),
    foreign key (scheme_id, scheme_version) references priority_scheme (scheme_id, version)
);

create index assessment_updated_at on assessment (updated_at);

-- The analyst's commentary on one computed section, by the section's stable id.
create table assessment_commentary (
    assessment_id  uuid          not null references assessment (id),
    section_id     varchar(100)  not null,
    body           varchar(20000) not null,
    completed      boolean       not null,
    updated_by     varchar(200)  not null,
    updated_at     timestamp with time zone not null,
    version        integer       not null default 0,
    primary key (assessment_id, section_id)
);

-- An issue considered for priority: suggested by the data (a candidate, with its key) or added by
-- the partnership. decision is PRIORITY, NOT_PRIORITY or null while undecided.
create table assessment_issue (
    id               uuid primary key,
    assessment_id    uuid          not null references assessment (id),
    position         integer       not null,
    origin           varchar(20)   not null,
    issue_key        varchar(200),
    title            varchar(200)  not null,
    reason           varchar(1000) not null,
    confidence       varchar(1),
    decision         varchar(20),
    decision_reason  varchar(2000),
    updated_by       varchar(200)  not null,
    updated_at       timestamp with time zone not null,
    version          integer       not null default 0,
    constraint assessment_issue_origin check (origin in ('DATA', 'PARTNERSHIP')),
    constraint assessment_issue_decision check (decision is null or decision in ('PRIORITY', 'NOT_PRIORITY'))
);

create index assessment_issue_assessment on assessment_issue (assessment_id, position);

create table assessment_issue_score (
    issue_id        uuid        not null references assessment_issue (id) on delete cascade,
    criterion_code  varchar(40) not null,
    score           integer     not null,
    primary key (issue_id, criterion_code),
    constraint assessment_issue_score_range check (score between 1 and 5)
);

-- What was approved: the whole report as it stood at approval (ReportDocument as JSON). Later
-- imports never change it; nothing updates or deletes a row.
create table assessment_approval (
    assessment_id   uuid primary key references assessment (id),
    version_number  integer     not null,
    approved_at     timestamp with time zone not null,
    approved_by     varchar(200) not null,
    document_json   text        not null
);

-- The default priority-setting matrix, version 1: harm in four parts, likelihood and trend, victim
-- vulnerability, public concern, and the partnership's capacity and opportunity, each scored 1 to 5
-- with weight 1 (a total out of 40, harm counting for half), and a confidence grade A, B or C.
insert into priority_scheme (scheme_id, version, name, created_at, created_by)
values ('csp-priority-matrix', 1, 'CSP priority-setting matrix', timestamp with time zone '2026-11-26 00:00:00+00', 'system');

insert into priority_criterion (scheme_id, version, code, position, group_label, label, question, weight) values
('csp-priority-matrix', 1, 'harm-physical', 1, 'Harm', 'Physical harm', 'How much physical harm does this issue cause to victims?', 1),
('csp-priority-matrix', 1, 'harm-psychological', 2, 'Harm', 'Psychological harm', 'How much fear, distress or trauma does it cause?', 1),
('csp-priority-matrix', 1, 'harm-financial', 3, 'Harm', 'Financial harm', 'How much financial loss or cost does it cause to victims and services?', 1),
('csp-priority-matrix', 1, 'harm-community', 4, 'Harm', 'Community harm', 'How much does it damage neighbourhoods, confidence and community cohesion?', 1),
('csp-priority-matrix', 1, 'likelihood', 5, 'Likelihood and trend', 'Likelihood and trend', 'How often does it happen, and is it rising?', 1),
('csp-priority-matrix', 1, 'vulnerability', 6, 'Victim vulnerability', 'Victim vulnerability', 'How vulnerable are the people it affects?', 1),
('csp-priority-matrix', 1, 'public-concern', 7, 'Public concern', 'Public concern', 'How much do residents, businesses and councillors raise it?', 1),
('csp-priority-matrix', 1, 'capacity', 8, 'Partnership capacity and opportunity', 'Partnership capacity and opportunity', 'How much can the partnership add by working on it together?', 1);

insert into priority_score_level (scheme_id, version, criterion_code, score, definition) values
('csp-priority-matrix', 1, 'harm-physical', 1, 'No or negligible physical harm.'),
('csp-priority-matrix', 1, 'harm-physical', 2, 'Minor injury needing no treatment.'),
('csp-priority-matrix', 1, 'harm-physical', 3, 'Injury needing treatment; no lasting effect.'),
('csp-priority-matrix', 1, 'harm-physical', 4, 'Serious injury or lasting effect on health.'),
('csp-priority-matrix', 1, 'harm-physical', 5, 'Risk of death or life-changing injury.'),
('csp-priority-matrix', 1, 'harm-psychological', 1, 'No or negligible distress.'),
('csp-priority-matrix', 1, 'harm-psychological', 2, 'Short-lived upset or annoyance.'),
('csp-priority-matrix', 1, 'harm-psychological', 3, 'Fear or distress lasting weeks; changes to routine.'),
('csp-priority-matrix', 1, 'harm-psychological', 4, 'Lasting fear or distress; victims need support.'),
('csp-priority-matrix', 1, 'harm-psychological', 5, 'Severe, long-term trauma.'),
('csp-priority-matrix', 1, 'harm-financial', 1, 'No or negligible loss.'),
('csp-priority-matrix', 1, 'harm-financial', 2, 'Small losses, usually recovered or insured.'),
('csp-priority-matrix', 1, 'harm-financial', 3, 'Noticeable losses to victims or cost to services.'),
('csp-priority-matrix', 1, 'harm-financial', 4, 'Large losses or significant cost to services.'),
('csp-priority-matrix', 1, 'harm-financial', 5, 'Severe losses threatening homes, livelihoods or services.'),
('csp-priority-matrix', 1, 'harm-community', 1, 'No noticeable effect on the community.'),
('csp-priority-matrix', 1, 'harm-community', 2, 'Limited local effect, such as one street.'),
('csp-priority-matrix', 1, 'harm-community', 3, 'Affects a neighbourhood''s use of public space or confidence.'),
('csp-priority-matrix', 1, 'harm-community', 4, 'Damages confidence or cohesion across several areas.'),
('csp-priority-matrix', 1, 'harm-community', 5, 'Damages confidence or cohesion across the borough.'),
('csp-priority-matrix', 1, 'likelihood', 1, 'Rare and falling.'),
('csp-priority-matrix', 1, 'likelihood', 2, 'Occasional, stable or falling.'),
('csp-priority-matrix', 1, 'likelihood', 3, 'Regular, stable.'),
('csp-priority-matrix', 1, 'likelihood', 4, 'Frequent, or regular and rising.'),
('csp-priority-matrix', 1, 'likelihood', 5, 'Very frequent and rising significantly.'),
('csp-priority-matrix', 1, 'vulnerability', 1, 'Victims are not usually vulnerable.'),
('csp-priority-matrix', 1, 'vulnerability', 2, 'Some victims may be vulnerable.'),
('csp-priority-matrix', 1, 'vulnerability', 3, 'Victims are often vulnerable.'),
('csp-priority-matrix', 1, 'vulnerability', 4, 'Victims are mostly vulnerable, or repeat victims.'),
('csp-priority-matrix', 1, 'vulnerability', 5, 'Victims are highly vulnerable: children, adults at risk, domestic abuse.'),
('csp-priority-matrix', 1, 'public-concern', 1, 'Rarely raised.'),
('csp-priority-matrix', 1, 'public-concern', 2, 'Occasionally raised.'),
('csp-priority-matrix', 1, 'public-concern', 3, 'Raised regularly in one or two places.'),
('csp-priority-matrix', 1, 'public-concern', 4, 'Raised often, across several places or by councillors.'),
('csp-priority-matrix', 1, 'public-concern', 5, 'A top concern in consultation and the media.'),
('csp-priority-matrix', 1, 'capacity', 1, 'Single-agency business; the partnership adds little.'),
('csp-priority-matrix', 1, 'capacity', 2, 'Partnership could help, but with little capacity or evidence of what works.'),
('csp-priority-matrix', 1, 'capacity', 3, 'Partnership work would help; some capacity.'),
('csp-priority-matrix', 1, 'capacity', 4, 'Clear partnership opportunity with known approaches that work.'),
('csp-priority-matrix', 1, 'capacity', 5, 'Only a partnership approach can succeed, and partners are ready.');

insert into priority_confidence_grade (scheme_id, version, grade, position, label, definition) values
('csp-priority-matrix', 1, 'A', 1, 'High', 'Good data from several sources; scores agreed by partners.'),
('csp-priority-matrix', 1, 'B', 2, 'Medium', 'Some data gaps, or scores based on one source.'),
('csp-priority-matrix', 1, 'C', 3, 'Low', 'Little data; scores rely on professional judgement.');
