package org.taz2rdf.publish;

import java.util.List;

/** What a publish run did: graphs sent and confirmed by count, and each failure with its reason. */
public record PublishResult(int sent, int verified, List<String> failures) {

    public PublishResult {
        failures = List.copyOf(failures);
    }
}
