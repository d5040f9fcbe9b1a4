package cn.xinhuo.demo;

import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.organization.OrganizationService;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.organization.dto.OrganizationCreate;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data set (the 五大连池市 tree from seeds/demo) into an empty database, once.
 * Used by the local run and the browser tests; off in production.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** One organization of seeds/demo/organizations.json; {@code parent} is another row's key. */
    record DemoOrganization(String key, String name, OrganizationType type, String parent, String regionCode,
                            String address, String contact, LocalDate establishedOn) {
    }

    private final OrganizationService organizations;
    private final OrganizationRepository repository;
    private final ObjectMapper json;
    private final boolean enabled;

    DemoDataLoader(OrganizationService organizations, OrganizationRepository repository, ObjectMapper json,
                   @ConfigProperty(name = "xinhuo.demo-data.load") boolean enabled) {
        this.organizations = organizations;
        this.repository = repository;
        this.json = json;
        this.enabled = enabled;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || repository.count() > 0) {
            return;
        }
        List<DemoOrganization> rows = read("demo/organizations.json");
        Map<String, Long> ids = new HashMap<>();
        for (DemoOrganization row : rows) {
            Long parentId = row.parent() == null ? null : ids.get(row.parent());
            var created = organizations.create(new OrganizationCreate(row.name(), row.type(), parentId,
                    row.regionCode(), row.address(), row.contact(), row.establishedOn()));
            ids.put(row.key(), created.id());
        }
        Log.infof("demo data loaded: %d organizations", rows.size());
    }

    private List<DemoOrganization> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + resource);
            }
            return json.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
