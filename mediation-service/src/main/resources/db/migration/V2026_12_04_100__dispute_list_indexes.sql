-- List pages (filters townshipCode and status, default sort by the record's main date desc, ties by id): the page is
-- read from an index range in order and stops after `size` rows, and `total` is counted from the index alone, instead
-- of sorting every matching row (docs/performance.md, reads). Every list also filters on county_code, so it leads each
-- index. The county indexes replace the shorter ones dropped here; the (township_code, date) ones stay for the
-- township figures of …/stats, which filter on township_code alone.
CREATE INDEX dispute_list_township ON dispute (county_code, township_code, registered_on, id);
CREATE INDEX dispute_list_township_status ON dispute (county_code, township_code, status, registered_on, id);
CREATE INDEX dispute_list_county ON dispute (county_code, registered_on, id);
CREATE INDEX dispute_list_county_status ON dispute (county_code, status, registered_on, id);
DROP INDEX dispute_registered;
DROP INDEX dispute_status;
