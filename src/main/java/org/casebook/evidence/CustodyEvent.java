package org.casebook.evidence;

import java.time.Instant;

/** One link in a file's chain of custody: its registration (how, by whom, under what name), an access, an export. */
public record CustodyEvent(
        long id,
        long evidenceId,
        String event,
        String how,
        String originalName,
        String actor,
        Instant at,
        String details) {}
