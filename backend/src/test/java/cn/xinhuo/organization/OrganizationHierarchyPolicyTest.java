package cn.xinhuo.organization;

import cn.xinhuo.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static cn.xinhuo.organization.OrganizationType.CITY_COMMITTEE;
import static cn.xinhuo.organization.OrganizationType.SCHOOL_GROUP;
import static cn.xinhuo.organization.OrganizationType.TOWNSHIP_COMMITTEE;
import static cn.xinhuo.organization.OrganizationType.VILLAGE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationHierarchyPolicyTest {

    @ParameterizedTest(name = "{1} under {0}: {2}")
    @CsvSource({
            "CITY_COMMITTEE,     CITY_COMMITTEE,     true",
            "CITY_COMMITTEE,     TOWNSHIP_COMMITTEE, true",
            "CITY_COMMITTEE,     SCHOOL_GROUP,       true",
            "CITY_COMMITTEE,     VILLAGE_GROUP,      false",
            "CITY_COMMITTEE,     COMMUNITY_GROUP,    false",
            "TOWNSHIP_COMMITTEE, VILLAGE_GROUP,      true",
            "TOWNSHIP_COMMITTEE, COMMUNITY_GROUP,    true",
            "TOWNSHIP_COMMITTEE, SCHOOL_GROUP,       true",
            "TOWNSHIP_COMMITTEE, TOWNSHIP_COMMITTEE, false",
            "TOWNSHIP_COMMITTEE, CITY_COMMITTEE,     false",
            "VILLAGE_GROUP,      VILLAGE_GROUP,      false",
            "COMMUNITY_GROUP,    SCHOOL_GROUP,       false",
            "SCHOOL_GROUP,       VILLAGE_GROUP,      false"})
    void whichTypeMaySitUnderWhich(OrganizationType parent, OrganizationType child, boolean allowed) {
        assertThat(OrganizationHierarchyPolicy.mayContain(parent, child)).isEqualTo(allowed);
    }

    @Test
    void onlyACommitteeMayStandAtTheTop() {
        assertThatCode(() -> OrganizationHierarchyPolicy.checkPlacement(CITY_COMMITTEE, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OrganizationHierarchyPolicy.checkPlacement(TOWNSHIP_COMMITTEE, null))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting("field").containsExactly("parentId"));
    }

    @Test
    void aTownshipWithVillagesCannotBecomeASchoolGroup() {
        assertThatThrownBy(() -> OrganizationHierarchyPolicy.checkTypeChange(SCHOOL_GROUP, CITY_COMMITTEE,
                EnumSet.of(VILLAGE_GROUP)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors()).extracting("field").containsExactly("type"));
        assertThatCode(() -> OrganizationHierarchyPolicy.checkTypeChange(SCHOOL_GROUP, CITY_COMMITTEE,
                EnumSet.noneOf(OrganizationType.class))).doesNotThrowAnyException();
    }
}
