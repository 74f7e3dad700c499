-- Saved, reusable column mappings for partners' CSV files (council ASB reports, fly-tipping, noise
-- complaints, deliberate fires, FixMyStreet counts...).
create table partner_mapping (
    id               uuid primary key,
    name             varchar(120) not null,
    source_slug      varchar(60)  not null,
    date_column      varchar(120),
    date_format      varchar(40)  not null,
    date_precision   varchar(10)  not null,
    location_kind    varchar(30)  not null,
    x_column         varchar(120),
    y_column         varchar(120),
    lsoa_column      varchar(120),
    category_column  varchar(120),
    fixed_category   varchar(80),
    count_column     varchar(120),
    id_column        varchar(120),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          integer not null default 0,
    constraint partner_mapping_name_unique unique (name),
    constraint partner_mapping_slug_unique unique (source_slug)
);

-- How a partner's own category values map to the partnership's categories.
create table partner_category (
    mapping_id    uuid not null references partner_mapping (id) on delete cascade,
    source_value  varchar(200) not null,
    category      varchar(80)  not null,
    primary key (mapping_id, source_value)
);
