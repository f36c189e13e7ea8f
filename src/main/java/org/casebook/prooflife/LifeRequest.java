package org.casebook.prooflife;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;

/** A request for proof of life, made for one person, and what came of it. */
public record LifeRequest(
        long id,
        long personId,
        AskerKind askerKind,
        String askerName,
        AddresseeKind addresseeKind,
        String addresseeName,
        LocalDate askedOn,
        String channel,
        String campaignUrl,
        RequestState state,
        LocalDate answeredOn,
        AnswerKind answerKind,
        Long answerSourceId,
        Assessment assessment,
        String assessmentNote,
        boolean consent,
        Publication publication,
        int version,
        boolean retracted,
        String retractionReason)
        implements Editable {

    /** Days from the request to its answer, or to {@code today} while it waits. */
    public long daysWaited(LocalDate today) {
        return ChronoUnit.DAYS.between(askedOn, answeredOn != null ? answeredOn : today);
    }

    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("personId", personId);
        content.put("askerKind", askerKind);
        content.put("askerName", askerName);
        content.put("addresseeKind", addresseeKind);
        content.put("addresseeName", addresseeName);
        content.put("askedOn", askedOn);
        content.put("channel", channel);
        content.put("campaignUrl", campaignUrl);
        content.put("state", state);
        content.put("answeredOn", answeredOn);
        content.put("answerKind", answerKind);
        content.put("answerSourceId", answerSourceId);
        content.put("assessment", assessment);
        content.put("assessmentNote", assessmentNote);
        content.put("consent", consent);
        publication.addTo(content);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        return content;
    }
}
