package org.assurances.api;

import java.util.ArrayList;
import java.util.List;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.store.SavedFactSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client posts to save a fact set, or puts to revise one. */
@Schema(description = "A fact set to save under a name")
public record FactSetRequest(
        @Schema(required = true, minLength = 1, maxLength = NAME, description = "What the analyst calls it")
        String name,

        @Schema(maxLength = DESCRIPTION) String description,

        @Schema(description = "Labels to find it by; at most " + TAGS + " of at most " + TAG + " characters each")
        List<String> tags,

        @Schema(required = true, description = "The fact set, as posted to /evaluations")
        FactSet factSet) {
    static final int NAME = 200;
    static final int DESCRIPTION = 10_000;
    static final int TAGS = 20;
    static final int TAG = 100;

    public FactSetRequest {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("/name", "'name' is required", "a name of 1 to " + NAME + " characters"));
        } else if (name.length() > NAME) {
            problems.add(new Problem(
                    "/name",
                    "the name has " + name.length() + " characters",
                    "a name of 1 to " + NAME + " characters"));
        }
        if (description != null && description.length() > DESCRIPTION) {
            problems.add(new Problem(
                    "/description",
                    "the description has " + description.length() + " characters",
                    "at most " + DESCRIPTION + " characters"));
        }
        tags = tags == null ? List.of() : tags;
        if (tags.size() > TAGS) {
            problems.add(new Problem("/tags", tags.size() + " tags", "at most " + TAGS + " tags"));
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank() || tag.length() > TAG) {
                problems.add(new Problem(
                        "/tags/" + i,
                        tag == null ? "a tag is null" : "tag '" + tag + "' is blank or too long",
                        "a tag of 1 to " + TAG + " characters"));
            }
        }
        if (factSet == null) {
            problems.add(
                    new Problem("/factSet", "'factSet' is required", "a fact set {\"asOf\": ..., \"facts\": [...]}"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactSetException(problems);
        }
        tags = List.copyOf(tags);
    }

    SavedFactSet.Draft draft() {
        return new SavedFactSet.Draft(name.strip(), description, tags, factSet);
    }
}
