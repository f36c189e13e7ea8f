package org.casebook.prooflife;

import jakarta.validation.constraints.Size;

/** A request as a form or the API gives it; codes and dates as text, checked by the service. */
public record LifeRequestCommand(
        @Size(max = 20) String personId,
        String askerKind,
        @Size(max = 300) String askerName,
        String addresseeKind,
        @Size(max = 300) String addresseeName,
        @Size(max = 10) String askedOn,
        @Size(max = 300) String channel,
        @Size(max = 2000) String campaignUrl,
        String state,
        @Size(max = 10) String answeredOn,
        String answerKind,
        Long answerSourceId,
        String assessment,
        @Size(max = 5000) String assessmentNote,
        Boolean consent,
        Integer version,
        @Size(max = 2000) String reason) {}
