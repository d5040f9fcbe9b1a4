package cn.xinhuo.common.persistence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A page read as ids (sorted and filtered in SQL), then its rows loaded in one statement and put back in that order. */
public final class InOrder {

    private InOrder() {
    }

    public static <T> List<T> load(List<Long> ids, Function<List<Long>, List<T>> rowsOf, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = rowsOf.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
