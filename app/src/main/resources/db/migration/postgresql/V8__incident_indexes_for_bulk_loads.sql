-- PostgreSQL only. Every index on incident is paid for on each imported row, and index maintenance
-- dominates bulk loads (ADR 0011). PostgreSQL scans the rows of a source and period quickly without
-- the two covering indexes that H2 needs for the borough-wide area profile (V6), so they go here.
-- A BRIN index on the month (a few pages, nearly free to maintain, because rows are loaded month by
-- month) narrows month replacement and period filters to the blocks that hold those months.
drop index incident_source_month_category;
drop index incident_source_category_location;
create index incident_month_brin on incident using brin (month_start);
