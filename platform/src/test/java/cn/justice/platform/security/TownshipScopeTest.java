package cn.justice.platform.security;

import cn.justice.platform.problem.ProblemAssertions;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static cn.justice.platform.problem.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TownshipScopeTest {
    private static final String COUNTY = "519901";
    private static final String OTHER_COUNTY = "519902";
    private static final String OWN = "519901100";
    private static final String NEIGHBOUR = "519901101";
    private static final String OTHER_COUNTY_TOWNSHIP = "519902100";

    private static Caller caller(String role, String township) {
        return new Caller("user-" + role, Set.of(role), COUNTY, township);
    }

    private static Caller officer() {
        return caller(Roles.TOWNSHIP_OFFICER, OWN);
    }

    private static Caller admin() {
        return caller(Roles.COUNTY_ADMIN, null);
    }

    /** The roles that see the whole county. */
    static List<Caller> countyWide() {
        return List.of(admin(), caller(Roles.AUDITOR, null), caller(Roles.INTEGRATION, null),
                new Caller("both", Set.of(Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN), COUNTY, OWN));
    }

    private static void assertHidden(Caller c, String county, String township) {
        assertThat(TownshipScope.canSee(c, county, township)).isFalse();
        ProblemException e = problemOf(() -> TownshipScope.requireVisible(c, county, township, "dispute", "d-1"), 404);
        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "not-found");
        assertThat(e.problem().detail).isEqualTo("dispute d-1 does not exist");
    }

    private static void assertVisible(Caller c, String county, String township) {
        assertThat(TownshipScope.canSee(c, county, township)).isTrue();
        assertThatNoException().isThrownBy(() -> TownshipScope.requireVisible(c, county, township, "dispute", "d-1"));
    }

    private static void assertForbidden(Runnable check) {
        ProblemException e = problemOf(check::run, 403);
        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "forbidden");
    }

    // ---- Caller ----

    @Test
    void onlyAPureTownshipOfficerIsTownshipScoped() {
        assertThat(officer().townshipScoped()).isTrue();
        assertThat(countyWide()).noneMatch(Caller::townshipScoped);
    }

    @Test
    void primaryRolePrefersTheWidestRole() {
        assertThat(new Caller("x", Set.of(Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN), COUNTY, OWN).primaryRole())
                .isEqualTo(Roles.COUNTY_ADMIN);
        assertThat(officer().primaryRole()).isEqualTo(Roles.TOWNSHIP_OFFICER);
        assertThat(new Caller("x", Set.of("other"), COUNTY, null).primaryRole()).isEqualTo("other");
        assertThat(new Caller("x", Set.of(), COUNTY, null).primaryRole()).isEqualTo("none");
    }

    // ---- visibility ----

    @Test
    void townshipOfficerSeesOwnTownship() {
        assertVisible(officer(), COUNTY, OWN);
    }

    @Test
    void townshipOfficerDoesNotSeeOtherTownshipsOrCountyLevelRecords() {
        assertHidden(officer(), COUNTY, NEIGHBOUR);
        assertHidden(officer(), COUNTY, null);
        assertHidden(officer(), OTHER_COUNTY, OTHER_COUNTY_TOWNSHIP);
    }

    @Test
    void townshipOfficerDoesNotSeeAnotherCountysTownshipWithTheSameCode() {
        // a record claiming the officer's township code but in another county is still out of scope
        assertHidden(officer(), OTHER_COUNTY, OWN);
    }

    @Test
    void townshipOfficerWithoutTownshipClaimSeesNothing() {
        assertHidden(caller(Roles.TOWNSHIP_OFFICER, null), COUNTY, OWN);
        assertHidden(caller(Roles.TOWNSHIP_OFFICER, null), COUNTY, null);
    }

    @ParameterizedTest
    @MethodSource("countyWide")
    void countyWideRolesSeeTheWholeOwnCounty(Caller c) {
        assertVisible(c, COUNTY, OWN);
        assertVisible(c, COUNTY, NEIGHBOUR);
        assertVisible(c, COUNTY, null);
    }

    @ParameterizedTest
    @MethodSource("countyWide")
    void countyWideRolesDoNotSeeAnotherCounty(Caller c) {
        assertHidden(c, OTHER_COUNTY, OTHER_COUNTY_TOWNSHIP);
        assertHidden(c, OTHER_COUNTY, null);
    }

    @Test
    void callerWithoutCountySeesNothing() {
        Caller anonymous = new Caller("anonymous", Set.of(), null, null);

        assertHidden(anonymous, COUNTY, OWN);
        assertHidden(anonymous, null, null);
    }

    // ---- creation ----

    @Test
    void townshipOfficerCreatesOnlyInOwnTownship() {
        assertThatNoException().isThrownBy(() -> TownshipScope.requireCreatable(officer(), COUNTY, OWN));
        assertForbidden(() -> TownshipScope.requireCreatable(officer(), COUNTY, NEIGHBOUR));
        assertForbidden(() -> TownshipScope.requireCreatable(officer(), COUNTY, null));
        assertForbidden(() -> TownshipScope.requireCreatable(officer(), OTHER_COUNTY, OWN));
    }

    @Test
    void townshipOfficerWithoutTownshipClaimCreatesNothing() {
        assertForbidden(() -> TownshipScope.requireCreatable(caller(Roles.TOWNSHIP_OFFICER, null), COUNTY, OWN));
    }

    @ParameterizedTest
    @MethodSource("countyWide")
    void countyWideRolesCreateAnywhereInOwnCountyOnly(Caller c) {
        assertThatNoException().isThrownBy(() -> TownshipScope.requireCreatable(c, COUNTY, NEIGHBOUR));
        assertThatNoException().isThrownBy(() -> TownshipScope.requireCreatable(c, COUNTY, null));
        assertForbidden(() -> TownshipScope.requireCreatable(c, OTHER_COUNTY, OTHER_COUNTY_TOWNSHIP));
    }

    @Test
    void callerWithoutCountyCreatesNothing() {
        assertForbidden(() -> TownshipScope.requireCreatable(new Caller("x", Set.of(Roles.COUNTY_ADMIN), null, null), COUNTY, OWN));
    }

    // ---- lists ----

    @Test
    void listOfATownshipOfficerIsForcedToOwnTownship() {
        assertThat(TownshipScope.listTownship(officer(), null)).isEqualTo(OWN);
        assertThat(TownshipScope.listTownship(officer(), NEIGHBOUR)).isEqualTo(OWN);
        assertThat(TownshipScope.listTownship(officer(), OWN)).isEqualTo(OWN);
    }

    @Test
    void aTownshipOfficerWithoutTownshipClaimListsNothing() {
        Caller noTownship = new Caller("u", Set.of(Roles.TOWNSHIP_OFFICER), COUNTY, null);
        ProblemAssertions.problemOf(() -> TownshipScope.listTownship(noTownship, null), 403);
    }

    @ParameterizedTest
    @MethodSource("countyWide")
    void listOfCountyWideRolesUsesTheRequestedTownship(Caller c) {
        assertThat(TownshipScope.listTownship(c, NEIGHBOUR)).isEqualTo(NEIGHBOUR);
        assertThat(TownshipScope.listTownship(c, null)).isNull();
    }

    // ---- org-level figures ----

    @Test
    void orgReadableWithoutOrgCodeIsUnrestricted() {
        assertThatNoException().isThrownBy(() -> TownshipScope.requireOrgReadable(officer(), null));
    }

    @Test
    void townshipOfficerReadsOnlyOwnTownshipFigures() {
        assertThatNoException().isThrownBy(() -> TownshipScope.requireOrgReadable(officer(), OWN));
        assertForbidden(() -> TownshipScope.requireOrgReadable(officer(), COUNTY));
        assertForbidden(() -> TownshipScope.requireOrgReadable(officer(), NEIGHBOUR));
        assertForbidden(() -> TownshipScope.requireOrgReadable(officer(), OTHER_COUNTY_TOWNSHIP));
    }

    @ParameterizedTest
    @MethodSource("countyWide")
    void countyWideRolesReadFiguresOfOwnCountyOnly(Caller c) {
        assertThatNoException().isThrownBy(() -> TownshipScope.requireOrgReadable(c, COUNTY));
        assertThatNoException().isThrownBy(() -> TownshipScope.requireOrgReadable(c, NEIGHBOUR));
        assertForbidden(() -> TownshipScope.requireOrgReadable(c, OTHER_COUNTY));
        assertForbidden(() -> TownshipScope.requireOrgReadable(c, OTHER_COUNTY_TOWNSHIP));
        assertForbidden(() -> TownshipScope.requireOrgReadable(c, "5199"));
    }
}
