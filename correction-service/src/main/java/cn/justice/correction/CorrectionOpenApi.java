package cn.justice.correction;

import cn.justice.correction.released.ReleasedResource;
import cn.justice.correction.subject.SubjectResource;
import cn.justice.correction.stats.CorrectionStatsResource;
import cn.justice.platform.record.RecordOpenApiFilter;

/** The correction service's OpenAPI document: its records' operations from their APIs (mp.openapi.filter). */
public class CorrectionOpenApi extends RecordOpenApiFilter {
    /** X-Purpose here: the whole record's read is audited, not only its personal data. */
    public static final String PURPOSE = "Why the record is read (kept in the audit log); percent-encode non-ASCII "
            + "text (UTF-8)";

    public CorrectionOpenApi() {
        super(CorrectionStatsResource.API, SubjectResource.API, ReleasedResource.API);
    }
}
