package cn.xinhuo.organization;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.dto.OrganizationCreate;
import cn.xinhuo.organization.dto.OrganizationDissolution;
import cn.xinhuo.organization.dto.OrganizationMove;
import cn.xinhuo.organization.dto.OrganizationPage;
import cn.xinhuo.organization.dto.OrganizationUpdate;
import cn.xinhuo.organization.dto.OrganizationView;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organization tree: reads, and the writes with the rules that guard them. Every operation is
 * confined to the caller's scope: an organization outside it answers 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class OrganizationService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name",
            "type", "o.type",
            "regionCode", "o.region_code",
            "establishedOn", "o.established_on",
            "id", "o.id");

    private final OrganizationRepository repository;
    private final OrganizationMapper mapper;
    private final CurrentCaller caller;

    OrganizationService(OrganizationRepository repository, OrganizationMapper mapper, CurrentCaller caller) {
        this.repository = repository;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Transactional(TxType.SUPPORTS)
    public OrganizationView get(long id) {
        return repository.findView(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("organization", id));
    }

    @Transactional(TxType.SUPPORTS)
    public List<OrganizationView> roots() {
        return repository.roots(caller.scope());
    }

    @Transactional(TxType.SUPPORTS)
    public List<OrganizationView> children(long id) {
        requireExists(id);
        return repository.children(id);
    }

    @Transactional(TxType.SUPPORTS)
    public OrganizationPage subtree(long id, PageQuery paging) {
        requireExists(id);
        return new OrganizationPage(repository.subtree(id, paging.offset(), paging.size),
                paging.page, paging.size, repository.countSubtree(id));
    }

    @Transactional(TxType.SUPPORTS)
    public OrganizationPage search(OrganizationRepository.Search search, PageQuery paging) {
        Scope scope = caller.scope();
        if (search.within() != null) {
            requireExists(search.within());
        } else if (!scope.isEverything()) {
            search = search.within(scope.rootOrganizationId());
        }
        String orderBy = paging.orderBy(SORTABLE, "name");
        return new OrganizationPage(repository.search(search, orderBy, paging.offset(), paging.size),
                paging.page, paging.size, repository.count(search));
    }

    public OrganizationView create(OrganizationCreate create) {
        if (create.parentId() == null && !caller.scope().isEverything()) {
            throw ProblemException.badField("parentId", "organization.outside-scope");
        }
        OrganizationHierarchyPolicy.checkPlacement(create.type(), parentType(create.parentId()));
        Organization organization = mapper.toEntity(create);
        repository.persistAndFlush(organization);
        return get(organization.id);
    }

    public OrganizationView update(long id, long expectedVersion, OrganizationUpdate update) {
        Organization organization = loadForChange(id, expectedVersion);
        if (update.type() != organization.type) {
            OrganizationHierarchyPolicy.checkTypeChange(update.type(), parentTypeOf(organization),
                    repository.childTypes(id));
        }
        mapper.update(update, organization);
        repository.flush();
        return get(id);
    }

    /** Re-parents the organization; the database re-roots the whole subtree in this transaction. */
    public OrganizationView move(long id, long expectedVersion, OrganizationMove move) {
        Organization organization = loadForChange(id, expectedVersion);
        refuseOwnScopeRoot(id);
        long newParent = move.parentId();
        if (newParent == id || repository.isWithinSubtree(newParent, id)) {
            throw ProblemException.badField("parentId", "organization.parent.within-subtree");
        }
        OrganizationHierarchyPolicy.checkPlacement(organization.type, parentType(newParent));
        organization.parentId = newParent;
        repository.flush();
        return get(id);
    }

    public OrganizationView dissolve(long id, long expectedVersion, OrganizationDissolution dissolution) {
        Organization organization = loadForChange(id, expectedVersion);
        refuseOwnScopeRoot(id);
        long activeChildren = repository.countActiveChildren(id);
        if (activeChildren > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "organization.has-active-children", activeChildren);
        }
        organization.status = OrganizationStatus.DISSOLVED;
        organization.dissolvedOn = dissolution.dissolvedOn() != null ? dissolution.dissolvedOn() : LocalDate.now();
        organization.dissolutionReason = dissolution.reason();
        repository.flush();
        return get(id);
    }

    /** Moving or dissolving the organization that defines the caller's own scope is its parent's business. */
    private void refuseOwnScopeRoot(long id) {
        Scope scope = caller.scope();
        if (!scope.isEverything() && scope.rootOrganizationId() == id) {
            throw new ProblemException(ProblemType.FORBIDDEN, "organization.scope-root");
        }
    }

    private Organization loadForChange(long id, long expectedVersion) {
        requireExists(id);
        Organization organization = repository.findById(id);
        ETags.requireCurrent(expectedVersion, organization.version);
        if (organization.isDissolved()) {
            throw new ProblemException(ProblemType.CONFLICT, "organization.dissolved");
        }
        return organization;
    }

    /** The type of the would-be parent, null for none; a missing or dissolved parent is a 400 on parentId. */
    private OrganizationType parentType(Long parentId) {
        if (parentId == null) {
            return null;
        }
        if (!repository.isVisible(parentId, caller.scope())) {
            throw ProblemException.missingReference("parentId", "organization.parent.not-found");
        }
        Organization parent = repository.findById(parentId);
        if (parent.isDissolved()) {
            throw ProblemException.badField("parentId", "organization.parent.dissolved");
        }
        return parent.type;
    }

    private OrganizationType parentTypeOf(Organization organization) {
        return organization.parentId == null ? null : repository.findById(organization.parentId).type;
    }

    /** 404 for an id that does not exist or lies outside the caller's scope: existence is not revealed. */
    private void requireExists(long id) {
        if (!repository.isVisible(id, caller.scope())) {
            throw ProblemException.notFound("organization", id);
        }
    }
}
