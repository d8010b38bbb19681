package cn.justice.correction.released;

import cn.justice.correction.CorrectionOpenApi;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Released persons (刑满释放人员, 安置帮教): registration, audited reads, edits, connect/place/assist/reoffend/close and
 * the list with the flags of DESIGN §10.1 (supportPeriodEnding, connectionLate).
 */
@Path("/api/v1/correction/released-persons")
@Tag(name = "Released persons", description = "刑满释放人员 (安置帮教)")
public class ReleasedResource extends RecordResource<ReleasedService, ReleasedView, ReleasedCreate, ReleasedUpdate> {
    public static final RecordApi<ReleasedService, ReleasedView> API = RecordApi.of(ReleasedResource.class)
            .personalData(CorrectionOpenApi.PURPOSE).actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Register a released person (刑满释放人员登记)",
                    """
                            Writes the record (REGISTERED) and its correction.released-person.registered event in one \
                            transaction. Name and ID number are stored encrypted. A client-supplied id created again with the \
                            same body returns the existing record (200).""",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one released person (audited)",
                    """
                            ETag carries the version. Name and ID number are masked and the birth date withheld; a \
                            county-admin may ask unmask=true (anyone else: 403). Every read is written to the audit log \
                            (READ, or UNMASK) with the X-Purpose header.""", "The released person")
            .update("Edit the editable fields of a released person", """
                    Never changes status (actions do). Send the \
                    version as If-Match (stale: 412) or as version in the body (stale: 409).""",
                    "The released person after the change")
            .list("List released persons", """
                    Filters combine; from/to apply to releasedOn; supportPeriodEnding and \
                    connectionLate are the records' flags as of today. Names and ID numbers are masked. A township \
                    officer only sees its own township.""", ReleasedService.SORTABLE, RecordApi.DESCENDING,
                    ReleasedFilter::of, ReleasedService::list)
            .changes("Sync feed of released persons for mobile clients", """
                    Every create/update after the cursor, \
                    in order, each with its version (masked as in lists). Pass nextCursor as since.""")
            .action("connect", ReleasedActions.Connect.class, ReleasedService::connect,
                    "衔接: taken over from the releasing institution", "The person, CONNECTED")
            .action("place", ReleasedActions.Place.class, ReleasedService::place,
                    "安置: placement (employment, farming, support…)", "The person, PLACED")
            .action("assist", ReleasedActions.Assist.class, ReleasedService::assist,
                    "帮教: record an assistance visit (kept as a list)", "The person with the visit")
            .action("reoffend", ReleasedActions.Reoffend.class, ReleasedService::reoffend,
                    "重新犯罪: record the re-offence of a released person",
                    """
                            From REGISTERED, CONNECTED or PLACED (409 otherwise); the state stays and reoffendedOn is set. \
                            Recorded once: a second reoffend is 409 (rule reoffence-recorded). Closing the record as \
                            REIMPRISONED is a separate close.""", "The person with reoffendedOn", RecordApi.WRITERS)
            .action("close", ReleasedActions.Close.class, ReleasedService::close,
                    "End 安置帮教 (帮教期满 or other reason)",
                    """
                            From REGISTERED, CONNECTED or PLACED (409 with currentStatus otherwise; DESIGN §10.1). Reason \
                            PERIOD_ENDED only on or after supportPeriodEndsOn (releasedOn + 5 years, 安置帮教意见(2010) \
                            帮教期五年): before it, 422 rule-violated (rule support-period).""", "The person, CLOSED",
                    RecordApi.WRITERS);

    @Inject
    public ReleasedResource(ReleasedService persons) {
        super(API, persons);
    }
}
