package cn.xinhuo.common.problem;

/** One bad input: the JSON property (or query/header parameter) name and what is wrong with it. */
public record FieldError(String field, String message) {
}
