package org.assurances.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import org.assurances.analysis.RegressionMarkdown;
import org.assurances.analysis.Regressions;
import org.assurances.api.RegressionResource;
import org.assurances.service.EvaluationService;
import org.assurances.service.Records;
import org.assurances.store.RulebookRegistry;
import org.assurances.store.StoreUnavailableException;

/** {@code java -jar quarkus-run.jar regressions}: the regression diff as a command (see {@link Main}). */
@ApplicationScoped
public class RegressionCommand {
    static final String USAGE = "regressions [--from RULEBOOK_ID] [--fail-on-change] [--json]"
            + "   (without --from: the rulebook the service ran under before this one)";
    private final RegressionResource resource;
    private final Records records;
    private final EvaluationService service;
    private final ObjectMapper json;

    RegressionCommand(RegressionResource resource, Records records, EvaluationService service, ObjectMapper json) {
        this.resource = resource;
        this.records = records;
        this.service = service;
        this.json = json;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String from = null;
        boolean failOnChange = false;
        boolean asJson = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> {
                    if (i + 1 == args.length) {
                        err.println("--from needs a rulebook id\nusage: " + USAGE);
                        return 2;
                    }
                    from = args[++i];
                }
                case "--fail-on-change" -> failOnChange = true;
                case "--json" -> asJson = true;
                default -> {
                    err.println("unknown option '" + args[i] + "'\nusage: " + USAGE);
                    return 2;
                }
            }
        }
        try {
            String current = service.evaluator().rulebook();
            if (from == null) {
                Optional<String> previous = records.rulebooks().list().stream()
                        .map(RulebookRegistry.Entry::id)
                        .filter(id -> !id.equals(current))
                        .findFirst();
                if (previous.isEmpty()) {
                    err.println("no earlier rulebook is recorded in this database: run the service under the old"
                            + " rules first (it records a baseline for every saved case), or name one with --from");
                    return 2;
                }
                from = previous.get();
            }
            Regressions.Result result = resource.since(from);
            out.println(
                    asJson
                            ? json.writerWithDefaultPrettyPrinter().writeValueAsString(result)
                            : RegressionMarkdown.of(result));
            records.decisions().flush(Duration.ofSeconds(10));
            return failOnChange && !result.changed().isEmpty() ? 1 : 0;
        } catch (jakarta.ws.rs.NotFoundException e) {
            err.println(e.getMessage());
            return 2;
        } catch (StoreUnavailableException e) {
            err.println(e.getMessage());
            return 3;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
