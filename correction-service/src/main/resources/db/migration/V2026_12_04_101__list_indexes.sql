-- List pages (filters townshipCode and status, default sort by the record's main date desc, ties by id): the page is
-- read from an index range in order and stops after `size` rows, and `total` is counted from the index alone, instead
-- of sorting every matching row (docs/performance.md, reads). Every list also filters on county_code, so it leads each
-- index. The county indexes replace the shorter ones dropped here; the (township_code, date) ones stay for the
-- township figures of …/stats, which filter on township_code alone.
CREATE INDEX subject_list_township ON subject (county_code, township_code, received_on, id);
CREATE INDEX subject_list_township_status ON subject (county_code, township_code, status, received_on, id);
CREATE INDEX subject_list_county ON subject (county_code, received_on, id);
CREATE INDEX subject_list_county_status ON subject (county_code, status, received_on, id);
DROP INDEX subject_county_received;
DROP INDEX subject_county_status;

CREATE INDEX released_person_list_township ON released_person (county_code, township_code, released_on, id);
CREATE INDEX released_person_list_township_status ON released_person (county_code, township_code, status, released_on, id);
CREATE INDEX released_person_list_county ON released_person (county_code, released_on, id);
CREATE INDEX released_person_list_county_status ON released_person (county_code, status, released_on, id);
DROP INDEX released_person_county_released;
