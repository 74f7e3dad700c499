-- Every incident index costs time on each import row (bulk loads are dominated by index
-- maintenance). Two are not needed: (source_code, month_start) is the leading part of
-- incident_source_month_category, which serves the same lookups (the month replacement of an
-- import among them), and nothing queries by month and category without the source.
drop index incident_source_month;
drop index incident_month_category;
