package cn.xinhuo.common.persistence;

import cn.xinhuo.assessment.PartyBuildingService;
import cn.xinhuo.report.WorkReportService;
import cn.xinhuo.stats.StatsService;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What may go to a replica never opens a write transaction, so a read-only server can answer it. */
class ReplicaReadableTest {

    private static final List<Class<?>> READ_ONLY = List.of(StatsService.class, WorkReportService.class, PartyBuildingService.class);

    @Test
    void theStatisticsTheReportAndPartyBuildingResultsAreMarkedAndNeverOpenAWriteTransaction() {
        for (Class<?> service : READ_ONLY) {
            assertThat(service.isAnnotationPresent(ReplicaReadable.class)).as("%s is marked", service.getSimpleName()).isTrue();
            Transactional type = service.getAnnotation(Transactional.class);
            assertThat(type).as("%s declares its transactions", service.getSimpleName()).isNotNull();
            assertThat(type.value()).as("%s", service.getSimpleName()).isIn(TxType.SUPPORTS, TxType.NEVER, TxType.NOT_SUPPORTED);
            List<Method> writing = Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(Transactional.class))
                    .filter(m -> switch (m.getAnnotation(Transactional.class).value()) {
                        case REQUIRED, REQUIRES_NEW, MANDATORY -> true;
                        default -> false;
                    }).toList();
            assertThat(writing).as("methods of %s that would open a write transaction", service.getSimpleName()).isEmpty();
        }
    }
}
