package cn.justice.e2e.security;

import cn.justice.testing.ProjectPaths;
import cn.justice.testing.openapi.ApiOperation;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access-control matrix of DESIGN §4, black-box through the gateway: every operation of the merged OpenAPI
 * document × every kind of caller (no token, a garbage token, an unsigned one, one signed with a foreign key, an
 * expired one, one from another issuer; county admin; township officer of the record's township and of another;
 * auditor; integration client; county admin of another county). The expected outcome of each cell is data, the
 * table {@link #MATRIX}; docs/security.md carries the same table.
 * <p>
 * The record each operation acts on is in township {@link SecurityStack#TOWN}, created by the county admin; a write
 * expected to succeed gets a fresh record. Lists and change feeds are asked for that township's records
 * ({@code townshipCode}) and org-level figures for that township ({@code orgCode}); whatever a list returns must be
 * within the caller's scope (its county; for a township officer its township or county-wide records; nothing of
 * X县 for another county).
 */
@ExtendWith(SecurityStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessControlIT {
    static final String MATRIX = """
            | operation | none | garbage | alg-none | forged | expired | wrong-issuer | county-admin | officer-own | officer-other | auditor | integration | other-county |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|
            | `GET /api/v1/admin/dead-letters` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `GET /api/v1/admin/rebuild` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `POST /api/v1/admin/rebuild` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 2xx |
            | `GET /api/v1/admin/reconciliation` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 403 |
            | `GET /api/v1/indicators/{code}/series` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/org-units` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/plans` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/plans/{planId}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/plans/{planId}/indicators/{code}/target-changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `PUT /api/v1/plans/{planId}/indicators/{code}/targets` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 2xx |
            | `GET /api/v1/plans/{planId}/progress` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/plans/{planId}/progress.csv` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/plans/{planId}/progress.xlsx` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/reports/work-summary` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/subscriptions` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 2xx |
            | `POST /api/v1/subscriptions` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 403 |
            | `DELETE /api/v1/subscriptions/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/subscriptions/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 404 |
            | `GET /api/v1/subscriptions/{id}/deliveries` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 404 |
            | `GET /api/v1/work-queue` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/mediation/audit-log` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `GET /api/v1/mediation/committees` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/mediation/committees` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/mediation/committees/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/mediation/committees/standardization-criteria` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/mediation/committees/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/mediation/committees/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/committees/{id}/assess` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/committees/{id}/dissolve` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/mediation/disputes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/mediation/disputes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/mediation/disputes/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/mediation/disputes/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `GET /api/v1/mediation/disputes/{id}?unmask=true` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `PUT /api/v1/mediation/disputes/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/accept` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/fail` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/follow-up` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/judicial-confirmation` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/reject` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/reopen` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/succeed` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/disputes/{id}/withdraw` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/mediation/mediators` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/mediation/mediators` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 400 |
            | `GET /api/v1/mediation/mediators/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/mediation/mediators/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/mediation/mediators/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/mediators/{id}/retire` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/mediation/mediators/{id}/train` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/mediation/stats` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/publicity/activities` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/publicity/activities` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/publicity/activities/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/publicity/activities/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/publicity/activities/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/publicity/activities/{id}/cancel` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/publicity/activities/{id}/correct` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/publicity/activities/{id}/hold` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/publicity/responsible-units` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/publicity/responsible-units` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 2xx |
            | `GET /api/v1/publicity/responsible-units/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/publicity/responsible-units/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 404 |
            | `PUT /api/v1/publicity/responsible-units/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/publicity/responsible-units/{id}/years/{year}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 404 |
            | `PUT /api/v1/publicity/responsible-units/{id}/years/{year}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/publicity/sms-campaigns` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/publicity/sms-campaigns` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/publicity/sms-campaigns/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/publicity/sms-campaigns/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/publicity/sms-campaigns/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/publicity/stats` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/publicity/surveys` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/publicity/surveys` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/publicity/surveys/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/publicity/surveys/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/publicity/surveys/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/correction/audit-log` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `GET /api/v1/correction/released-persons` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/correction/released-persons` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/correction/released-persons/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/correction/released-persons/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `GET /api/v1/correction/released-persons/{id}?unmask=true` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `PUT /api/v1/correction/released-persons/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/released-persons/{id}/assist` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/released-persons/{id}/close` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/released-persons/{id}/connect` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/released-persons/{id}/place` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/released-persons/{id}/reoffend` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/correction/stats` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/correction/subjects` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/correction/subjects` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/correction/subjects/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/correction/subjects/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `GET /api/v1/correction/subjects/{id}?unmask=true` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `PUT /api/v1/correction/subjects/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/admonish` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/check-in` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/classify` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/decease` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/health-report` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/leave` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/leave-return` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/lost-contact` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/monitoring/start` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/monitoring/stop` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/propose-revocation` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/propose-sanction` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/reoffend` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/report` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/correction/subjects/{id}/revocation-rejected` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/revoke` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/terminate` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/transfer` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/transfer-out` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/correction/subjects/{id}/warn` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `GET /api/v1/legal-aid/applications` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/applications` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/applications/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/applications/eligibility-rules` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/applications/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `GET /api/v1/legal-aid/applications/{id}?unmask=true` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `PUT /api/v1/legal-aid/applications/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/assign` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/close` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/deny` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/grant` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/materials-received` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/object` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/objection-decision` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/request-materials` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/review` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/terminate-aid` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `POST /api/v1/legal-aid/applications/{id}/withdraw` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/legal-aid/audit-log` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `GET /api/v1/legal-aid/consultations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/consultations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/consultations/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/consultations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/legal-aid/consultations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/legal-aid/duty-lawyer-services` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/duty-lawyer-services` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/duty-lawyer-services/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/duty-lawyer-services/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/legal-aid/duty-lawyer-services/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/legal-aid/notarizations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/notarizations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/notarizations/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/notarizations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/legal-aid/notarizations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/legal-aid/stats` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/legal-aid/village-advisors` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/village-advisors` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/village-advisors/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/village-advisors/coverage` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            | `GET /api/v1/legal-aid/village-advisors/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/legal-aid/village-advisors/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/village-advisors/{id}/end` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/legal-aid/workstations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/legal-aid/workstations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/legal-aid/workstations/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/legal-aid/workstations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/legal-aid/workstations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/legal-aid/workstations/{id}/close` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/assessor-selections` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/assessor-selections` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/assessor-selections/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/assessor-selections/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/assessor-selections/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/assistance-villages` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/assistance-villages` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/rule-of-law/assistance-villages/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/assistance-villages/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/assistance-villages/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/audit-log` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 403 | 2xx |
            | `GET /api/v1/rule-of-law/document-reviews` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/document-reviews` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/document-reviews/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/document-reviews/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/document-reviews/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/document-reviews/{id}/file` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/document-reviews/{id}/issue-opinion` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/document-reviews/{id}/start-review` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/enforcement-inspections` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/enforcement-inspections` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/rule-of-law/enforcement-inspections/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/enforcement-inspections/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/enforcement-inspections/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/enforcement-officers` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/enforcement-officers` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/rule-of-law/enforcement-officers/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/enforcement-officers/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/enforcement-officers/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/enforcement-officers/{id}/exam` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/enforcement-officers/{id}/train` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/honours` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/honours` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/honours/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/honours/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/honours/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/projects` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/projects` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 403 | 2xx | 403 |
            | `GET /api/v1/rule-of-law/projects/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 2xx | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/projects/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 2xx | 2xx | 404 |
            | `PUT /api/v1/rule-of-law/projects/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 404 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/reconsiderations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 2xx |
            | `POST /api/v1/rule-of-law/reconsiderations` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/reconsiderations/changes` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 2xx |
            | `GET /api/v1/rule-of-law/reconsiderations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 2xx | 2xx | 404 |
            | `GET /api/v1/rule-of-law/reconsiderations/{id}?unmask=true` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 403 | 404 |
            | `PUT /api/v1/rule-of-law/reconsiderations/{id}` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/accept` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/decide` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/extend` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/mediate` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/reject` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/settle` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `POST /api/v1/rule-of-law/reconsiderations/{id}/terminate` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 403 | 403 | 403 | 2xx | 404 |
            | `GET /api/v1/rule-of-law/stats` | 401 | 401 | 401 | 401 | 401 | 401 | 2xx | 2xx | 403 | 2xx | 2xx | 403 |
            """;

    static Api api;
    static Fixtures fixtures;
    static List<AccessMatrix.Row> rows;

    @BeforeAll
    static void matrix() {
        SecurityStack.Running stack = SecurityStack.get();
        api = stack.api();
        fixtures = stack.fixtures();
        rows = AccessMatrix.parse(MATRIX);
        api.takeViolations();
    }

    @AfterEach
    void answersConformToTheDocument() {
        List<String> v = api.takeViolations();
        assertThat(v).as("answers that do not conform to the document (%d)", v.size()).isEmpty();
    }

    @Test
    @Order(1)
    void theMatrixHasOneRowPerOperationOfTheDocument() {
        Set<String> documented = api.document().operations().stream().filter(o -> o.path().startsWith("/api/"))
                .map(ApiOperation::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = rows.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).as("operations in the matrix").isEqualTo(documented);
    }

    @Test
    @Order(1)
    void docsSecurityMdCarriesTheSameMatrix() throws IOException {
        String doc = Files.readString(ProjectPaths.root().resolve("docs/security.md"));
        assertThat(AccessMatrix.section(doc)).isEqualTo(MATRIX.strip());
    }

    @Test
    @Order(2)
    void everyCallerGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AccessMatrix.Row row : rows) {
                futures.add(pool.submit(() -> {
                    try {
                        wrong.addAll(check(row));
                    } catch (Throwable e) {
                        wrong.add(row.operation() + ": " + e);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        Collections.sort(wrong);
        assertThat(wrong).as("cells that differ from the matrix (%d)", wrong.size()).isEmpty();
    }

    /** The cells of one row that differ from the table. */
    static List<String> check(AccessMatrix.Row row) {
        ApiOperation op = api.document().operation(row.method(), row.path());
        boolean write = !op.method().equals("GET");
        List<String> wrong = new ArrayList<>();
        Fixtures.Target shared = null;
        for (Caller caller : Caller.values()) {
            String expected = row.expected().get(caller);
            Fixtures.Target target;
            if (write && expected.equals("2xx")) {
                target = fixtures.prepare(op, SecurityStack.TOWN);
            } else {
                if (shared == null) {
                    shared = fixtures.prepare(op, SecurityStack.TOWN);
                }
                target = shared;
            }
            if (op.key().equals("POST /api/v1/admin/rebuild") && expected.equals("2xx")) {
                awaitNoRebuild();
            }
            Api.Request request = target.request(api, caller).change(caller.column());
            row.query().forEach(request::query);
            scope(op, request);
            Api.Reply reply = request.send();
            String actual = reply.ok() ? "2xx" : String.valueOf(reply.status());
            if (!actual.equals(expected)) {
                wrong.add(row.operation() + " as " + caller.column() + ": expected " + expected + ", got " + reply);
            } else if (reply.ok() && reply.mediaType().equals("application/json")) {
                String leak = outOfScope(caller, reply.json());
                if (leak != null) {
                    wrong.add(row.operation() + " as " + caller.column() + ": " + leak);
                }
            }
        }
        return wrong;
    }

    /** Lists ask for the record's township; org-level figures for it; periods for this year. */
    static void scope(ApiOperation op, Api.Request request) {
        if (op.method().equals("GET")) {
            if (op.hasParameter("query", "townshipCode")) {
                request.query("townshipCode", SecurityStack.TOWN);
            }
            if (op.hasParameter("query", "orgCode")) {
                request.query("orgCode", SecurityStack.TOWN);
            }
            if (op.hasParameter("query", "from") && op.hasParameter("query", "to")) {
                request.query("from", Fixtures.YEAR + "-01-01").query("to", Fixtures.YEAR + "-12-31");
            }
        }
    }

    /** What a 2xx answer shows that the caller may not see (null: nothing). */
    static String outOfScope(Caller caller, JsonNode body) {
        List<JsonNode> records = new ArrayList<>();
        if (body.has("items") && body.get("items").isArray()) {
            body.get("items").forEach(records::add);
        } else if (body.has("countyCode")) {
            records.add(body);
        }
        for (JsonNode r : records) {
            String county = r.path("countyCode").asText(null);
            String township = r.path("townshipCode").asText(null);
            boolean ok = switch (caller) {
                case OTHER_COUNTY -> county != null && county.equals(SecurityStack.OTHER_COUNTY);
                case OFFICER_OWN -> SecurityStack.COUNTY.equals(county) && (township == null || township.equals(SecurityStack.TOWN));
                case OFFICER_OTHER -> SecurityStack.COUNTY.equals(county) && (township == null || township.equals(SecurityStack.OTHER_TOWN));
                default -> county == null || county.equals(SecurityStack.COUNTY);
            };
            if (!ok) {
                return "shows a record of county " + county + ", township " + township + ": " + Api.abbreviate(r.toString());
            }
        }
        return null;
    }

    /** A rebuild already running answers 409: wait for it to end before asking for another. */
    static void awaitNoRebuild() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply status = api.request("GET /api/v1/admin/rebuild").as(Caller.COUNTY_ADMIN).change("rebuild status").send();
            if (!"RUNNING".equals(status.json().path("state").asText())) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
