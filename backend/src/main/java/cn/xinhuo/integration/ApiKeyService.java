package cn.xinhuo.integration;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.integration.dto.ApiKeyCreate;
import cn.xinhuo.integration.dto.ApiKeyCreated;
import cn.xinhuo.integration.dto.ApiKeyPage;
import cn.xinhuo.integration.dto.ApiKeyView;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.ApiKeys;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.OffsetDateTime;
import java.util.List;

/** Integration clients' keys, administered inside the caller's subtree. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    ApiKeyService(ApiKeyRepository keys, OrganizationRepository organizations, CurrentCaller caller) {
        this.keys = keys;
        this.organizations = organizations;
        this.caller = caller;
    }

    @Transactional(TxType.SUPPORTS)
    public ApiKeyPage search(Long organizationId, PageQuery paging) {
        Scope scope = caller.scope();
        if (organizationId != null && !organizations.isVisible(organizationId, scope)) {
            throw ProblemException.notFound("organization", organizationId);
        }
        Long root = organizationId != null ? organizationId : scope.rootOrganizationId();
        String where = root == null ? "" : " where organization_id in (select o.id from organization o"
                + " where o.path <@ (select path from organization where id = :root))";
        var page = keys.getEntityManager().createNativeQuery(
                "select id from api_key" + where + " order by " + orderBy(paging) + ", id desc offset :offset limit :limit");
        var count = keys.getEntityManager().createNativeQuery("select count(*) from api_key" + where);
        if (root != null) {
            page.setParameter("root", root);
            count.setParameter("root", root);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = page.setParameter("offset", paging.offset()).setParameter("limit", paging.size).getResultList();
        List<ApiKeyView> items = ids.stream().map(n -> view(keys.findById(n.longValue()))).toList();
        return new ApiKeyPage(items, paging.page, paging.size, ((Number) count.getSingleResult()).longValue());
    }

    public ApiKeyCreated create(ApiKeyCreate create) {
        if (!organizations.isVisible(create.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        String key = ApiKeys.newKey();
        ApiKey apiKey = new ApiKey();
        apiKey.name = create.name().trim();
        apiKey.organizationId = create.organizationId();
        apiKey.access = create.access();
        apiKey.keyPrefix = ApiKeys.prefix(key);
        apiKey.keyHash = ApiKeys.hash(key);
        apiKey.createdBy = caller.actorName();
        keys.persistAndFlush(apiKey);
        return new ApiKeyCreated(key, view(apiKey));
    }

    /** Revoked at once: the next call with the key is refused. */
    public ApiKeyView revoke(long id, long expectedVersion) {
        ApiKey apiKey = keys.findByIdOptional(id)
                .filter(k -> organizations.isVisible(k.organizationId, caller.scope()))
                .orElseThrow(() -> ProblemException.notFound("api-key", id));
        if (apiKey.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "api-key.revoked");
        }
        ETags.requireCurrent(expectedVersion, apiKey.version);
        apiKey.revokedAt = OffsetDateTime.now();
        keys.flush();
        return view(apiKey);
    }

    /** Newest first unless the caller sorts by name, creation or last use. */
    private static String orderBy(PageQuery paging) {
        return paging.sort == null || paging.sort.isBlank() ? "created_at desc"
                : paging.orderBy(java.util.Map.of("name", "name", "createdAt", "created_at", "lastUsedAt", "last_used_at"),
                "createdAt");
    }

    private ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id, k.name, k.organizationId, organizations.findById(k.organizationId).name, k.access,
                k.keyPrefix, k.createdAt, k.createdBy, k.lastUsedAt, k.revokedAt, k.version);
    }
}
