package org.assurances.api.problems;

import java.util.List;
import org.assurances.facts.Problem;

/** RFC 9457 problem details, with every problem found pointed at by JSON pointer. */
public record ProblemDetail(String type, String title, int status, String detail, List<Problem> problems) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
