package cn.xinhuo.common.paging;

import cn.xinhuo.common.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/** Paging and sorting query parameters shared by every list: {@code ?page=0&size=20&sort=name,asc}. */
public class PageQuery {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Zero-based page number.")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, at most 200.")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Sort property and direction, e.g. `name,asc` or `name,desc`.", example = "name,asc")
    public String sort;

    public long offset() {
        return (long) page * size;
    }

    /**
     * The ORDER BY clause for the sort parameter, from a whitelist of property → column, so no
     * caller text ever reaches the SQL.
     */
    public String orderBy(Map<String, String> columns, String defaultProperty) {
        String property = defaultProperty;
        String direction = "asc";
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            property = parts[0].trim();
            if (parts.length > 1) {
                direction = parts[1].trim().toLowerCase();
            }
        }
        String column = columns.get(property);
        if (column == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.badField("sort", "sort.invalid", sort);
        }
        return column + " " + direction;
    }
}
