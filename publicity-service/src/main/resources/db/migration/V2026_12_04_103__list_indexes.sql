-- List pages (filters townshipCode and status, default sort by the record's main date desc, ties by id): the page is
-- read from an index range in order and stops after `size` rows, and `total` is counted from the index alone, instead
-- of sorting every matching row (docs/performance.md, reads). Every list also filters on county_code, so it leads each
-- index. The county indexes replace the shorter ones dropped here; the (township_code, date) ones stay for the
-- township figures of …/stats, which filter on township_code alone.
CREATE INDEX activity_list_township ON activity (county_code, township_code, held_on, id);
CREATE INDEX activity_list_township_status ON activity (county_code, township_code, status, held_on, id);
CREATE INDEX activity_list_county ON activity (county_code, held_on, id);
CREATE INDEX activity_list_county_status ON activity (county_code, status, held_on, id);
DROP INDEX activity_county_held;
DROP INDEX activity_county_status_held;

CREATE INDEX sms_campaign_list_township ON sms_campaign (county_code, township_code, sent_on, id);
CREATE INDEX sms_campaign_list_county ON sms_campaign (county_code, sent_on, id);
DROP INDEX sms_campaign_county_sent;
