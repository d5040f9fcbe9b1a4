package cn.xinhuo.common.web;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters are read as the contract writes them, and a bad one is a 400 naming it: JAX-RS
 * would answer {@code ?page=abc} or {@code ?within=1.5} with a bare 404, read {@code ?honored=2} as
 * false and {@code ?from=+99999-01-01} as a date. Numbers are whole and in range, booleans are
 * {@code true} or {@code false}, dates {@code yyyy-MM-dd}, times ISO 8601 with an offset;
 * surrounding spaces are ignored and an empty parameter is an absent one. A parameter holding
 * U+0000 (which PostgreSQL text cannot hold) is refused before anything reads it.
 */
@Provider
public class StrictQueryParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Long.class, Long::valueOf, long.class, Long::valueOf,
            Integer.class, Integer::valueOf, int.class, Integer::valueOf,
            Boolean.class, StrictQueryParameters::bool, boolean.class, StrictQueryParameters::bool,
            LocalDate.class, StrictQueryParameters::date,
            OffsetDateTime.class, OffsetDateTime::parse);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        QueryParam query = find(annotations, QueryParam.class);
        if (parser == null || query == null) {
            return null;
        }
        DefaultValue defaultValue = find(annotations, DefaultValue.class);
        String name = query.value();
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                String text = value == null ? "" : value.trim();
                if (rawType == boolean.class && defaultValue == null && text.equals("0")) {
                    // what JAX-RS hands over for an absent primitive without a @DefaultValue
                    return (T) Boolean.FALSE;
                }
                if (text.isEmpty()) {
                    // absent: a primitive takes its declared default
                    return rawType.isPrimitive() && defaultValue != null ? (T) parser.apply(defaultValue.value()) : null;
                }
                try {
                    return (T) parser.apply(text);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw bad(name);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static Boolean bool(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(text);
    }

    private static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException(text);
        }
        return LocalDate.parse(text);
    }

    private static ProblemException bad(String... names) {
        List<FieldError> errors = java.util.Arrays.stream(names)
                .map(n -> new FieldError(n, "{validation.unreadable-value}")).toList();
        return new ProblemException(ProblemType.VALIDATION, errors, "validation.detail", String.join(", ", names));
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (type.isInstance(a)) {
                    return type.cast(a);
                }
            }
        }
        return null;
    }

    /** Refuses query parameters holding U+0000 before anything reads them, naming each. */
    @Provider
    @PreMatching
    public static class NulCharacters implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            if (query == null || !query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                return;
            }
            String[] names = request.getUriInfo().getQueryParameters().entrySet().stream()
                    .filter(p -> p.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0))
                    .map(Map.Entry::getKey).sorted().collect(Collectors.toList()).toArray(String[]::new);
            if (names.length > 0) {
                throw bad(names);
            }
        }
    }
}
