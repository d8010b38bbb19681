package cn.justice.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static cn.justice.platform.problem.ProblemAssertions.invalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {
    /** API field → column; the first entry is the default sort. */
    private static final Map<String, String> SORTABLE = sortable();

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("registeredOn", "registered_on");
        m.put("caseNumber", "case_number");
        m.put("id", "id");
        return m;
    }

    private static PageRequest sorted(String sort) {
        return PageRequest.of(null, null, sort, SORTABLE, true);
    }

    @Test
    void defaults() {
        PageRequest p = PageRequest.of(null, null, null, SORTABLE, true);

        assertThat(p.page()).isZero();
        assertThat(p.size()).isEqualTo(PageRequest.DEFAULT_SIZE).isEqualTo(20);
        assertThat(p.sortColumn()).isEqualTo("registered_on");
        assertThat(p.descending()).isTrue();
        assertThat(p.offset()).isZero();
    }

    @Test
    void defaultDirectionFollowsTheFlag() {
        assertThat(PageRequest.of(null, null, null, SORTABLE, false).descending()).isFalse();
        assertThat(PageRequest.of(null, null, "  ", SORTABLE, true))
                .as("blank sort means default sort").isEqualTo(new PageRequest(0, 20, "registered_on", true));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 199, 200})
    void sizeWithinBounds(int size) {
        assertThat(PageRequest.of(0, size, null, SORTABLE, true).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, 1000, Integer.MAX_VALUE})
    void sizeOutOfBoundsIs400OnSize(int size) {
        String message = invalidField(() -> PageRequest.of(0, size, null, SORTABLE, true), "size");

        assertThat(message).contains("1").contains("200");
    }

    @Test
    void negativePageIs400OnPage() {
        invalidField(() -> PageRequest.of(-1, 20, null, SORTABLE, true), "page");
    }

    @Test
    void unknownSortFieldIs400AndListsTheSortableFields() {
        String message = invalidField(() -> sorted("registered_on"), "sort");

        assertThat(message).contains("registered_on").contains("registeredOn").contains("caseNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registeredOn; DROP TABLE dispute", "caseNumber,asc,extra", ",asc", "registeredOn,up", "registeredOn,"})
    void malformedSortIs400OnSort(String sort) {
        invalidField(() -> sorted(sort), "sort");
    }

    @Test
    void sortFieldMapsToItsWhitelistedColumn() {
        assertThat(sorted("caseNumber").sortColumn()).isEqualTo("case_number");
    }

    @Test
    void directionParsing() {
        assertThat(sorted("caseNumber,desc").descending()).isTrue();
        assertThat(sorted("caseNumber,asc").descending()).isFalse();
        assertThat(sorted(" caseNumber , DESC ").descending()).isTrue();
        assertThat(sorted("caseNumber,Asc").descending()).isFalse();
    }

    @Test
    void explicitFieldWithoutDirectionSortsAscendingEvenWhenTheDefaultIsDescending() {
        PageRequest p = sorted("registeredOn");

        assertThat(p.sortColumn()).isEqualTo("registered_on");
        assertThat(p.descending()).isFalse();
    }

    @Test
    void orderByAddsAnIdTieBreakInTheSameDirection() {
        assertThat(sorted("caseNumber,desc").orderBy()).isEqualTo(" ORDER BY case_number DESC, id DESC");
        assertThat(sorted("caseNumber,asc").orderBy()).isEqualTo(" ORDER BY case_number ASC, id ASC");
    }

    @Test
    void orderByIdHasNoDuplicateTieBreak() {
        assertThat(sorted("id,desc").orderBy()).isEqualTo(" ORDER BY id DESC");
        assertThat(sorted("id").orderBy()).isEqualTo(" ORDER BY id ASC");
    }

    @Test
    void offsetIsPageTimesSize() {
        assertThat(PageRequest.of(3, 25, null, SORTABLE, true).offset()).isEqualTo(75);
        assertThat(PageRequest.of(1, 200, null, SORTABLE, true).offset()).isEqualTo(200);
    }

    @Test
    void aPageWhoseOffsetWouldOverflowIsRejected() {
        assertThat(invalidField(() -> PageRequest.of(Integer.MAX_VALUE, 200, null, SORTABLE, true), "page")).isNotBlank();
        assertThat(PageRequest.of(Integer.MAX_VALUE / 200, 200, null, SORTABLE, true).offset()).isPositive();
    }
}
