-- List pages (filters townshipCode and status, default sort by the record's main date desc, ties by id): the page is
-- read from an index range in order and stops after `size` rows, and `total` is counted from the index alone, instead
-- of sorting every matching row (docs/performance.md, reads). Every list also filters on county_code, so it leads each
-- index. The county indexes replace the shorter ones dropped here; the (township_code, date) ones stay for the
-- township figures of …/stats, which filter on township_code alone.
CREATE INDEX application_list_township ON application (county_code, township_code, received_on, id);
CREATE INDEX application_list_township_status ON application (county_code, township_code, status, received_on, id);
CREATE INDEX application_list_county ON application (county_code, received_on, id);
CREATE INDEX application_list_county_status ON application (county_code, status, received_on, id);
DROP INDEX application_county_received;
DROP INDEX application_status;

CREATE INDEX consultation_list_township ON consultation (county_code, township_code, date, id);
CREATE INDEX consultation_list_county ON consultation (county_code, date, id);
DROP INDEX consultation_county_date;
