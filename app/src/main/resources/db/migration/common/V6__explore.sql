-- Area profiles (explore): covering indexes for the borough-wide counts, which read every incident of a
-- source in the period. With every column the query needs in the index, the database answers from the
-- index alone (an index-only scan) instead of visiting a quarter of a million rows one by one.
-- Smaller areas use the existing ward, parish, LSOA and custom-area indexes.

-- Counts by month and crime type.
create index incident_source_month_category on incident (source_code, month_start, category, incident_count);

-- Counts by grid square (and the crime types of a source).
create index incident_source_category_location on incident (source_code, category, month_start, easting, northing, incident_count);
