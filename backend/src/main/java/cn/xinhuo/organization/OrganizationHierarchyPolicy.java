package cn.xinhuo.organization;

import cn.xinhuo.common.problem.ProblemException;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.xinhuo.organization.OrganizationType.CITY_COMMITTEE;
import static cn.xinhuo.organization.OrganizationType.COMMUNITY_GROUP;
import static cn.xinhuo.organization.OrganizationType.SCHOOL_GROUP;
import static cn.xinhuo.organization.OrganizationType.TOWNSHIP_COMMITTEE;
import static cn.xinhuo.organization.OrganizationType.VILLAGE_GROUP;

/**
 * Which type of organization may sit under which. Committees nest (a city committee under a
 * prefecture, province or national committee); groups are leaves; schools may belong to a
 * township or directly to the city (e.g. a city middle school).
 */
public final class OrganizationHierarchyPolicy {

    private static final Map<OrganizationType, Set<OrganizationType>> ALLOWED_PARENTS = Map.of(
            CITY_COMMITTEE, EnumSet.of(CITY_COMMITTEE),
            TOWNSHIP_COMMITTEE, EnumSet.of(CITY_COMMITTEE),
            VILLAGE_GROUP, EnumSet.of(TOWNSHIP_COMMITTEE),
            COMMUNITY_GROUP, EnumSet.of(TOWNSHIP_COMMITTEE),
            SCHOOL_GROUP, EnumSet.of(TOWNSHIP_COMMITTEE, CITY_COMMITTEE));

    private OrganizationHierarchyPolicy() {
    }

    public static boolean mayBeRoot(OrganizationType type) {
        return type == CITY_COMMITTEE;
    }

    public static boolean mayContain(OrganizationType parent, OrganizationType child) {
        return ALLOWED_PARENTS.get(child).contains(parent);
    }

    /** Refuses a placement with a 400 naming {@code parentId}; a null parent means a top-level organization. */
    public static void checkPlacement(OrganizationType child, OrganizationType parentOrNull) {
        if (parentOrNull == null) {
            if (!mayBeRoot(child)) {
                throw ProblemException.badField("parentId", "organization.parent.required", "{type." + child + "}");
            }
        } else if (!mayContain(parentOrNull, child)) {
            throw ProblemException.badField("parentId", "organization.parent.type-not-allowed",
                    "{type." + child + "}", "{type." + parentOrNull + "}");
        }
    }

    /** A type change must still fit under the parent and over every present child type. */
    public static void checkTypeChange(OrganizationType newType, OrganizationType parentOrNull,
                                       Set<OrganizationType> childTypes) {
        if (parentOrNull == null ? !mayBeRoot(newType) : !mayContain(parentOrNull, newType)) {
            throw ProblemException.badField("type", "organization.parent.type-not-allowed",
                    "{type." + newType + "}", parentOrNull == null ? "{type.none}" : "{type." + parentOrNull + "}");
        }
        for (OrganizationType child : childTypes) {
            if (!mayContain(newType, child)) {
                throw ProblemException.badField("type", "organization.type.children-not-allowed", "{type." + newType + "}");
            }
        }
    }
}
